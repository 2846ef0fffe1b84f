//! The `lawtracker` command: serve the API, migrate, print the schema, check a dataset.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use lawtracker_api::ws::limits as ws_limits;
use lawtracker_api::{rate_limit, schema, server, webhooks};
use std::io::Write;

use lawtracker_core::auth::Role;
use lawtracker_core::backup::{self, BackupKind};
use lawtracker_core::dataset::Dataset;
use lawtracker_core::store::{redact, standby, PoolSettings, DEFAULT_DATABASE_URL};
use lawtracker_core::{opendata, synthetic, transfer};
use lawtracker_core::{Store, StoreError};
use tracing_subscriber::EnvFilter;

/// mimalloc rather than glibc's malloc: a GraphQL response is thousands of small
/// allocations freed on other threads, where glibc spent a fifth of the server's
/// time (perf, Q2 of the benchmark). BENCHMARKS.md has the side-by-side numbers.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "lawtracker", version, about = "Tracks a law clause by clause, with the evidence for every link")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Log lines as `text` (for people) or `json` (one JSON object per line, for log collectors).
    #[arg(long, global = true, env = "LAWTRACKER_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    log_format: LogFormat,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

/// `lawtracker serve`'s flags beyond the database and the address.
#[derive(clap::Args)]
struct ServeFlags {
    /// Refuse introspection (`__schema`, `__type`): for a production deployment
    /// whose clients ship the schema themselves. GraphiQL needs it.
    #[arg(long, env = "LAWTRACKER_NO_INTROSPECTION")]
    no_introspection: bool,
    /// The `Cache-Control` header of successful `GET /graphql` answers.
    #[arg(long, env = "LAWTRACKER_CACHE_CONTROL", default_value = server::DEFAULT_CACHE_CONTROL)]
    cache_control: String,
    /// Sustained requests per second allowed per API token, or per client address for
    /// requests without a valid token; 0 disables rate limiting.
    #[arg(long, env = "LAWTRACKER_RATE_LIMIT_PER_SECOND", default_value_t = rate_limit::DEFAULT_PER_SECOND)]
    rate_limit_per_second: u32,
    /// Requests a token or address may send at once before the sustained rate applies.
    #[arg(long, env = "LAWTRACKER_RATE_LIMIT_BURST", default_value_t = rate_limit::DEFAULT_BURST)]
    rate_limit_burst: u32,
    /// Take the client address from the last `X-Forwarded-For` entry. Only behind a
    /// reverse proxy that sets it: otherwise clients can pick their own address.
    #[arg(long, env = "LAWTRACKER_TRUST_FORWARDED_FOR")]
    trust_forwarded_for: bool,
    /// Keep rate-limit buckets in Redis (redis://HOST:PORT/DB), so that a client's
    /// quota holds across every process serving the database. While Redis does not
    /// answer, each process limits alone at its share (the quota divided by the
    /// processes last seen) and logs the switch.
    #[arg(long, env = "LAWTRACKER_REDIS_URL")]
    redis_url: Option<String>,
    /// The prefix of the Redis keys: processes share buckets only under the same prefix.
    #[arg(long, env = "LAWTRACKER_REDIS_PREFIX", default_value = "lawtracker", requires = "redis_url")]
    redis_prefix: String,
    /// A PEM file of CA certificates to trust for `https://` webhook receivers, besides
    /// the built-in webpki (Mozilla) roots.
    #[arg(long, env = "LAWTRACKER_WEBHOOK_CA")]
    webhook_ca_file: Option<PathBuf>,
    /// A network (CIDR, e.g. 10.20.0.0/16) webhooks may be delivered to although it is
    /// loopback, private, link-local, unique-local or CGNAT. Repeatable; the variable
    /// takes a comma-separated list.
    #[arg(long = "webhook-allow-network", env = "LAWTRACKER_WEBHOOK_ALLOW_NETWORK", value_delimiter = ',')]
    webhook_allow_network: Vec<ipnet::IpNet>,
    /// `/ws`: milliseconds a socket may stay open without a `connection_init` (then 4408).
    #[arg(long, env = "LAWTRACKER_WS_INIT_TIMEOUT_MS", default_value_t = ws_limits::DEFAULT_INIT_TIMEOUT.as_millis() as u64)]
    ws_init_timeout_ms: u64,
    /// `/ws`: milliseconds between the server's pings; a socket silent for a whole
    /// interval after a ping is cut. 0: no pings.
    #[arg(long, env = "LAWTRACKER_WS_KEEPALIVE_MS", default_value_t = ws_limits::DEFAULT_KEEPALIVE.as_millis() as u64)]
    ws_keepalive_ms: u64,
    /// `/ws`: operations one socket may run at once; one more gets an `error` message.
    #[arg(long, env = "LAWTRACKER_WS_MAX_SUBSCRIPTIONS", default_value_t = ws_limits::DEFAULT_MAX_OPERATIONS)]
    ws_max_subscriptions: usize,
    /// `/ws`: sockets open at once per client address; one more is refused with HTTP 429.
    #[arg(long, env = "LAWTRACKER_WS_MAX_SOCKETS_PER_ADDRESS", default_value_t = ws_limits::DEFAULT_MAX_SOCKETS_PER_ADDRESS)]
    ws_max_sockets_per_address: usize,
    /// `/ws`: sockets open at once per API token; one more is closed with 1013.
    #[arg(long, env = "LAWTRACKER_WS_MAX_SOCKETS_PER_TOKEN", default_value_t = ws_limits::DEFAULT_MAX_SOCKETS_PER_TOKEN)]
    ws_max_sockets_per_token: usize,
    /// `/ws`: the largest message a client may send, in bytes; a larger one closes with 1009.
    #[arg(long, env = "LAWTRACKER_WS_MAX_MESSAGE_BYTES", default_value_t = ws_limits::DEFAULT_MAX_MESSAGE_BYTES)]
    ws_max_message_bytes: usize,
    /// Seconds a client may take to send a request's line and headers before it is
    /// disconnected; also how long an idle keep-alive connection stays open.
    #[arg(long, env = "LAWTRACKER_HEADER_READ_TIMEOUT", value_name = "SECONDS",
          default_value_t = server::DEFAULT_HEADER_READ_TIMEOUT.as_secs(), value_parser = clap::value_parser!(u64).range(1..))]
    header_read_timeout: u64,
    /// Seconds a client may take, once its headers are in, to send the request's body;
    /// a body still arriving then is answered 408 and the connection closed.
    #[arg(long, env = "LAWTRACKER_REQUEST_DEADLINE", value_name = "SECONDS",
          default_value_t = server::DEFAULT_REQUEST_DEADLINE.as_secs(), value_parser = clap::value_parser!(u64).range(1..))]
    request_deadline: u64,
    /// Seconds a request waits for a PostgreSQL connection (opening one included)
    /// before it is answered 503 `DATABASE_UNAVAILABLE` with `Retry-After`.
    #[arg(long, env = "LAWTRACKER_DATABASE_ACQUIRE_TIMEOUT", value_name = "SECONDS",
          default_value_t = PoolSettings::SERVING.acquire_timeout.as_secs_f64(), value_parser = seconds)]
    database_acquire_timeout: f64,
    /// Seconds a PostgreSQL statement may run before it is cancelled and answered
    /// `STATEMENT_TIMEOUT`; 0: no limit. Migrations always run without one.
    #[arg(long, env = "LAWTRACKER_STATEMENT_TIMEOUT", value_name = "SECONDS",
          default_value_t = PoolSettings::SERVING.statement_timeout.map_or(0.0, |t| t.as_secs_f64()), value_parser = seconds)]
    statement_timeout: f64,
    /// A PostgreSQL hot standby of the database (postgres://USER@HOST/DB) that anonymous
    /// queries may read from; mutations and requests with a token stay on the primary.
    /// Repeatable; the variable takes a comma-separated list.
    #[arg(long = "replica-url", env = "LAWTRACKER_REPLICA_URLS", value_delimiter = ',')]
    replica_urls: Vec<String>,
    /// Seconds a standby's replay may lag behind the primary and still be read from;
    /// further behind, the primary answers.
    #[arg(long, env = "LAWTRACKER_MAX_REPLICA_LAG", value_name = "SECONDS",
          default_value_t = standby::DEFAULT_MAX_LAG.as_secs_f64(), value_parser = seconds)]
    max_replica_lag: f64,
    /// Bytes of anonymous query answers kept in memory until the next committed write
    /// (on any process sharing a PostgreSQL database); 0 disables. Off with --replica-url.
    #[arg(long, env = "LAWTRACKER_RESPONSE_CACHE_BYTES", default_value_t = lawtracker_api::http::response_cache::DEFAULT_BUDGET_BYTES)]
    response_cache_bytes: usize,
}

/// A number of seconds, fractions allowed (`0.5`), at most a day.
fn seconds(value: &str) -> Result<f64, String> {
    match value.trim().parse::<f64>() {
        Ok(seconds) if (0.0..=86_400.0).contains(&seconds) => Ok(seconds),
        _ => Err(format!("{value:?} is not a number of seconds between 0 and 86400 (e.g. 5 or 0.5)")),
    }
}

impl ServeFlags {
    fn options(self) -> Result<server::ServeOptions, String> {
        let mut webhooks = webhooks::DeliveryConfig::default();
        if let Some(path) = &self.webhook_ca_file {
            webhooks.extra_roots = webhooks::load_ca_file(path)?;
        }
        let policy =
            lawtracker_api::net_policy::NetPolicy { allowed: self.webhook_allow_network, ..Default::default() };
        webhooks.policy = std::sync::Arc::new(policy);
        let rate_limit = rate_limit::RateLimitConfig {
            per_second: self.rate_limit_per_second,
            burst: self.rate_limit_burst,
            trust_forwarded_for: self.trust_forwarded_for,
            shared: self.redis_url.map(|redis_url| rate_limit::SharedConfig { redis_url, prefix: self.redis_prefix }),
        };
        let ws = ws_limits::WsLimits {
            init_timeout: Duration::from_millis(self.ws_init_timeout_ms),
            keepalive: Duration::from_millis(self.ws_keepalive_ms),
            max_operations: self.ws_max_subscriptions,
            max_sockets_per_address: self.ws_max_sockets_per_address,
            max_sockets_per_token: self.ws_max_sockets_per_token,
            max_message_bytes: self.ws_max_message_bytes,
        };
        ws.validate()?;
        Ok(server::ServeOptions {
            schema: schema::SchemaOptions { introspection: !self.no_introspection },
            cache_control: self.cache_control,
            rate_limit,
            webhooks,
            ws,
            header_read_timeout: std::time::Duration::from_secs(self.header_read_timeout),
            request_deadline: std::time::Duration::from_secs(self.request_deadline),
            database: PoolSettings {
                acquire_timeout: if self.database_acquire_timeout > 0.0 {
                    Duration::from_secs_f64(self.database_acquire_timeout)
                } else {
                    return Err("--database-acquire-timeout must be above 0 seconds".into());
                },
                statement_timeout: (self.statement_timeout > 0.0)
                    .then(|| Duration::from_secs_f64(self.statement_timeout)),
            },
            replicas: standby::StandbyOptions {
                urls: self.replica_urls.into_iter().filter(|url| !url.trim().is_empty()).collect(),
                max_lag: Duration::from_secs_f64(self.max_replica_lag),
            },
            response_cache_bytes: self.response_cache_bytes,
        })
    }
}

#[derive(clap::Args)]
struct DatabaseArgs {
    /// sqlite://FILE (created if missing) or postgres://USER@HOST/DB.
    #[arg(long, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL)]
    database_url: String,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the GraphQL API (migrating the database and loading the shipped dataset into a fresh one).
    Serve {
        #[command(flatten)]
        db: DatabaseArgs,
        /// Address to listen on.
        #[arg(long, env = "LAWTRACKER_ADDR", default_value = "127.0.0.1:8080")]
        addr: String,
        /// Do not load the shipped dataset into a fresh database.
        #[arg(long)]
        no_dataset: bool,
        #[command(flatten)]
        flags: ServeFlags,
    },
    /// Apply the database migrations and exit.
    Migrate {
        #[command(flatten)]
        db: DatabaseArgs,
    },
    /// Print the GraphQL schema (SDL); `schema.graphql` holds its output.
    Schema,
    /// Write the whole database as one versioned JSON document, in a stable order, or
    /// as open data: a Frictionless Data Package, CSV or NDJSON files in a directory.
    Export {
        #[command(flatten)]
        db: DatabaseArgs,
        /// `json`: the export document (restore it with `import`); `datapackage`:
        /// `datapackage.json` and one CSV per table; `csv`: the CSVs alone; `ndjson`:
        /// one NDJSON file per table.
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// For `json`, the file to write (standard output when omitted); for the other
        /// formats, the directory to write into (created if missing, refused if not empty).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Copy a live database to a new file without stopping it: a SQLite database file
    /// (`VACUUM INTO`), or on PostgreSQL the export document (restore with `import`).
    Backup {
        #[command(flatten)]
        db: DatabaseArgs,
        /// The file to write; never overwritten.
        #[arg(long)]
        out: PathBuf,
    },
    /// Load an export into an empty database, in one transaction, or refuse it whole.
    Import {
        #[command(flatten)]
        db: DatabaseArgs,
        /// The export document (`-` for standard input).
        file: PathBuf,
    },
    /// Manage accounts: people who sign in to the front end.
    User {
        #[command(flatten)]
        db: DatabaseArgs,
        #[command(subcommand)]
        action: lawtracker_api::accounts_cli::UserAction,
    },
    /// Manage API tokens (writes need one).
    Token {
        #[command(flatten)]
        db: DatabaseArgs,
        #[command(subcommand)]
        action: TokenAction,
    },
    /// Fill an empty database with synthetic data at scale (for benchmarks), the same for a given seed.
    Generate {
        #[command(flatten)]
        db: DatabaseArgs,
        /// Incidents to make.
        #[arg(long)]
        incidents: u64,
        /// Provisions of the synthetic law (a few draw most incident links).
        #[arg(long, default_value_t = 200)]
        provisions: u64,
        /// Facilities incidents happen at.
        #[arg(long, default_value_t = 200)]
        facilities: u64,
        /// Actors: criticisms' authors and investigating bodies.
        #[arg(long, default_value_t = 500)]
        actors: u64,
        /// Sources, whose texts every citation quotes.
        #[arg(long, default_value_t = 1000)]
        sources: u64,
        /// Criticisms; one per ten incidents when omitted.
        #[arg(long)]
        criticisms: Option<u64>,
        /// The same seed makes the same database.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Check a dataset directory laid out like `data/` and list every problem in it,
    /// with the shipped dataset's own rules (every article of the law, facility
    /// coordinates or a reason, no internal file names, curation instants).
    CheckData {
        /// The directory; the dataset compiled into this binary when omitted.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

/// What `lawtracker export` writes.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ExportFormat {
    Json,
    Datapackage,
    Csv,
    Ndjson,
}

#[derive(Subcommand)]
enum TokenAction {
    /// Create a token and print it once; only its hash is stored.
    Create {
        /// `editor` (create, update, link) or `admin` (also delete and rate sources).
        #[arg(long, value_parser = ["contributor", "editor", "admin"])]
        role: String,
        /// Who holds it; recorded as the author of every change made with it.
        #[arg(long)]
        name: String,
    },
    /// List tokens (never their secrets).
    List,
    /// Revoke the token with this name.
    Revoke { name: String },
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.log_format);
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("lawtracker: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Logs go to standard error; `RUST_LOG` filters them (default `info,sqlx=warn`).
fn init_logging(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let logs = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match format {
        LogFormat::Text => logs.with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr())).init(),
        // One object per line, the event's fields flattened beside `message`, with its span.
        LogFormat::Json => logs.json().flatten_event(true).with_current_span(true).init(),
    }
}

async fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Serve { db, addr, no_dataset, flags } => {
            // Configuration and address first: a bad URL, a bad CA file, a port in use or
            // a bad address must fail before any database is created, migrated or loaded.
            let backend = lawtracker_core::store::check_url(&db.database_url).map_err(|e| e.to_string())?;
            let options = flags.options()?;
            standby::check(backend, &options.replicas).map_err(|e| e.to_string())?;
            let listener =
                tokio::net::TcpListener::bind(&addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?;
            let local = listener.local_addr().map_err(|e| e.to_string())?;
            let store = server::prepare_with(&db.database_url, options.database, !no_dataset)
                .await
                .map_err(|e| e.to_string())?;
            tracing::info!(database = %redact(&db.database_url), "GraphiQL at http://{local}/ ; API at http://{local}/graphql");
            let served = server::serve_with(listener, store.clone(), &options, shutdown_signal())
                .await
                .map_err(|e| e.to_string());
            store.close().await;
            served
        }
        Command::Migrate { db } => {
            Store::open(&db.database_url).await.map_err(|e| e.to_string())?;
            eprintln!("migrated {}", redact(&db.database_url));
            Ok(())
        }
        Command::Export { db, format, out } => {
            let format = match format {
                ExportFormat::Json => None,
                ExportFormat::Datapackage => Some(opendata::Format::DataPackage),
                ExportFormat::Csv => Some(opendata::Format::Csv),
                ExportFormat::Ndjson => Some(opendata::Format::Ndjson),
            };
            // Checked before the database is opened: a missing flag must not create a database file.
            let dir = match (format, &out) {
                (Some(_), None) => {
                    return Err("--format datapackage, csv and ndjson write several files: give --out DIR".into())
                }
                (Some(_), Some(dir)) => {
                    opendata::check_dir(dir).map_err(|e| e.to_string())?;
                    Some(dir.clone())
                }
                (None, _) => None,
            };
            let store = Store::open(&db.database_url).await.map_err(|e| e.to_string())?;
            let document = transfer::export(&store).await.map_err(|e| problems_text(&e))?;
            if let (Some(format), Some(dir)) = (format, dir) {
                let written = opendata::write_dir(&document, format, &dir).map_err(|e| e.to_string())?;
                eprintln!("wrote {} files into {}", written.len(), dir.display());
                return Ok(());
            }
            let json = transfer::to_json(&document);
            match out {
                Some(path) => {
                    std::fs::write(&path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))?
                }
                None => std::io::stdout().write_all(json.as_bytes()).map_err(|e| e.to_string())?,
            }
            Ok(())
        }
        Command::Backup { db, out } => {
            // Connecting would create a missing SQLite file: a backup of nothing is a mistake.
            if sqlite_file(&db.database_url).is_some_and(|path| !path.exists()) {
                return Err(format!("no database at {}: nothing to back up", redact(&db.database_url)));
            }
            let store = Store::connect(&db.database_url).await.map_err(|e| e.to_string())?;
            let kind = backup::backup(&store, &out).await.map_err(|e| e.to_string());
            store.close().await;
            match kind? {
                BackupKind::SqliteFile => eprintln!(
                    "backed up {} to {} (a SQLite database: serve it with --database-url sqlite://{})",
                    redact(&db.database_url),
                    out.display(),
                    out.display()
                ),
                BackupKind::ExportDocument => eprintln!(
                    "backed up {} to {} (an export document: restore it with `lawtracker import {}` into an empty database)",
                    redact(&db.database_url),
                    out.display(),
                    out.display()
                ),
            }
            Ok(())
        }
        Command::Import { db, file } => {
            let json = if file.as_os_str() == "-" {
                std::io::read_to_string(std::io::stdin()).map_err(|e| format!("cannot read standard input: {e}"))?
            } else {
                std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?
            };
            let store = Store::open(&db.database_url).await.map_err(|e| e.to_string())?;
            let summary = transfer::import(&store, &json).await.map_err(|e| problems_text(&e))?;
            eprintln!(
                "imported {} source(s), {} law(s), {} provision(s), {} incident(s), {} criticism(s) into {}",
                summary.sources,
                summary.laws,
                summary.provisions,
                summary.incidents,
                summary.criticisms,
                redact(&db.database_url)
            );
            Ok(())
        }
        Command::User { db, action } => {
            let store = Store::open(&db.database_url).await.map_err(|e| e.to_string())?;
            lawtracker_api::accounts_cli::run(&store, action, problems_text).await
        }
        Command::Token { db, action } => {
            let store = Store::open(&db.database_url).await.map_err(|e| e.to_string())?;
            match action {
                TokenAction::Create { role, name } => {
                    let role = role.parse::<Role>().map_err(|_| format!("unknown role {role:?}"))?;
                    let secret = store.create_token(&name, role).await.map_err(|e| problems_text(&e))?;
                    println!("{secret}");
                    eprintln!("token for {name:?} ({role}); it is shown only this once");
                }
                TokenAction::List => {
                    for token in store.list_tokens().await.map_err(|e| e.to_string())? {
                        let state =
                            token.revoked_at.map(|at| format!("revoked {at}")).unwrap_or_else(|| "active".into());
                        println!("{}\t{}\tcreated {}\t{}", token.name, token.role, token.created_at, state);
                    }
                }
                TokenAction::Revoke { name } => {
                    if !store.revoke_token(&name).await.map_err(|e| e.to_string())? {
                        return Err(format!("no active token named {name:?}"));
                    }
                    eprintln!("revoked {name:?}");
                }
            }
            Ok(())
        }
        Command::Generate { db, incidents, provisions, facilities, actors, sources, criticisms, seed } => {
            let spec = synthetic::Spec {
                incidents,
                provisions,
                facilities,
                actors,
                sources,
                criticisms: criticisms.unwrap_or(incidents / 10),
                seed,
            };
            spec.validate().map_err(|e| e.to_string())?;
            let store = Store::open_for_bulk_load(&db.database_url).await.map_err(|e| e.to_string())?;
            let bar = indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {wide_bar} {human_pos}/{human_len} rows ({per_sec}, {eta} left)",
                )
                .map_err(|e| e.to_string())?,
            );
            let result = synthetic::generate(&store, &spec, |done, total| {
                bar.set_length(total);
                bar.set_position(done);
            })
            .await;
            bar.finish_and_clear();
            store.close().await;
            let report = result.map_err(|e| match e {
                StoreError::BadArgument { field: "database", message } => {
                    format!("{} is not empty: {message}", redact(&db.database_url))
                }
                // Blocks are committed as they go (a million incidents is ten million rows),
                // so a failure part-way can leave some behind: say so, and what to do.
                other if bar.position() > 0 => format!(
                    "{other}\nfailed after writing {} of {} rows: {} may keep the blocks committed so far; \
                     start again on a fresh database",
                    bar.position(),
                    bar.length().unwrap_or_default(),
                    redact(&db.database_url)
                ),
                other => other.to_string(),
            })?;
            let seconds = report.elapsed.as_secs_f64();
            let tables: Vec<String> =
                report.rows_by_table.iter().filter(|(_, n)| *n > 0).map(|(table, n)| format!("{table} {n}")).collect();
            eprintln!(
                "generated {} rows in {:.1} s ({:.0} rows/s) into {} (seed {}): {}",
                report.total_rows,
                seconds,
                report.total_rows as f64 / seconds.max(1e-9),
                redact(&db.database_url),
                seed,
                tables.join(", ")
            );
            Ok(())
        }
        Command::Schema => {
            print!("{}", schema::sdl());
            Ok(())
        }
        Command::CheckData { dir } => {
            let data = match &dir {
                Some(dir) => Dataset::from_dir(dir),
                None => Dataset::embedded(),
            }
            .map_err(|e| problems_text(&e))?;
            // The counts first, whatever the problems: they say how far the data is.
            print!("{}", data.report());
            let problems = data.check_shipped();
            if problems.is_empty() {
                eprintln!("dataset {} is consistent", data.digest);
                Ok(())
            } else {
                // Each problem names the file of data/ its record is in, where it has one.
                let lines: Vec<String> = problems
                    .iter()
                    .map(|p| match lawtracker_core::dataset::file_of_record(&p.record) {
                        Some(file) => format!("  - data/{file}: {p}"),
                        None => format!("  - {p}"),
                    })
                    .collect();
                Err(format!("{} problem(s) in the dataset:\n{}", problems.len(), lines.join("\n")))
            }
        }
    }
}

/// The file a `sqlite://FILE[?options]` URL names; `None` for other URLs.
fn sqlite_file(url: &str) -> Option<&std::path::Path> {
    let rest = url.strip_prefix("sqlite://")?;
    Some(std::path::Path::new(rest.split('?').next().unwrap_or(rest)))
}

fn problems_text(error: &StoreError) -> String {
    match error {
        StoreError::Invalid(problems) => {
            let lines: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
            format!("{} problem(s), nothing written:\n{}", problems.len(), lines.join("\n"))
        }
        other => other.to_string(),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
