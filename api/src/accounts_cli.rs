//! `lawtracker user ...`: accounts from the command line, for the first
//! administrator and for operations (the front end invites everyone else).

use std::io::BufRead;

use clap::Subcommand;
use lawtracker_core::auth::Role;
use lawtracker_core::{Store, StoreError};

#[derive(Subcommand)]
pub enum UserAction {
    /// Create an account. The password is read from standard input (one line), so
    /// that it appears in no shell history and no process list.
    Create {
        /// An e-mail address or a user name; case does not matter.
        #[arg(long)]
        login: String,
        /// `editor` (writes and reviews) or `admin` (also accounts, webhooks, deletions, source ratings).
        #[arg(long, value_parser = ["contributor", "editor", "admin"])]
        role: String,
    },
    /// List accounts (never their passwords).
    List,
    /// Disable an account: it can no longer sign in, and its sessions end at once.
    Disable { login: String },
    /// Make a one-time invitation (valid 7 days) and print its code once; the
    /// invited person chooses their login and password with it in the front end.
    Invite {
        #[arg(long, value_parser = ["contributor", "editor", "admin"])]
        role: String,
        /// Who invites; recorded with the invitation.
        #[arg(long, default_value = "command line")]
        by: String,
    },
}

/// Runs `action` on `store`; the error is what to print.
pub async fn run(store: &Store, action: UserAction, problems_text: fn(&StoreError) -> String) -> Result<(), String> {
    let role_of = |role: &str| role.parse::<Role>().map_err(|_| format!("unknown role {role:?}"));
    match action {
        UserAction::Create { login, role } => {
            let role = role_of(&role)?;
            let mut password = String::new();
            std::io::stdin().lock().read_line(&mut password).map_err(|e| format!("cannot read the password: {e}"))?;
            let password = password.trim_end_matches(['\r', '\n']);
            let account = store.create_account(&login, password, role).await.map_err(|e| problems_text(&e))?;
            eprintln!("created {:?} ({})", account.login, account.role);
        }
        UserAction::List => {
            for account in store.accounts().await.map_err(|e| e.to_string())? {
                let state = account.disabled_at.map(|at| format!("disabled {at}")).unwrap_or_else(|| "active".into());
                println!("{}\t{}\tcreated {}\t{}", account.login, account.role, account.created_at, state);
            }
        }
        UserAction::Disable { login } => {
            if !store.disable_account(&login).await.map_err(|e| problems_text(&e))? {
                return Err(format!("no active account with the login {login:?}"));
            }
            eprintln!("disabled {login:?}; its sessions have ended");
        }
        UserAction::Invite { role, by } => {
            let role = role_of(&role)?;
            let code = store.invite(role, &by).await.map_err(|e| problems_text(&e))?;
            println!("{code}");
            eprintln!("invitation ({role}), valid 7 days, shown only this once: open /app/curation and choose \"I have an invitation\"");
        }
    }
    Ok(())
}
