//! Proposals over GraphQL: what a contributor's write returns, the review queue
//! (`proposals`), and `approveProposal` / `rejectProposal`.

use async_graphql::{Context, Enum, Object, ID};
use lawtracker_core::auth::Role;
use lawtracker_core::proposals::{Proposal, ProposalStatus as CoreStatus};
use lawtracker_core::Store;

use crate::access::authorize;
use crate::enums::{EntityType, Operation};
use crate::error::{code, mutation_error, user_error, ResultExt};
use crate::mutation::{done, ChangePayload};
use crate::types::stored_json;

/// Where a proposal stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum ProposalStatus {
    /// Waiting for an editor or admin other than its author.
    Pending,
    /// Made: its revision is published.
    Approved,
    /// Not made; the reviewer said why.
    Rejected,
}

impl From<CoreStatus> for ProposalStatus {
    fn from(status: CoreStatus) -> Self {
        match status {
            CoreStatus::Pending => ProposalStatus::Pending,
            CoreStatus::Approved => ProposalStatus::Approved,
            CoreStatus::Rejected => ProposalStatus::Rejected,
        }
    }
}

impl From<ProposalStatus> for CoreStatus {
    fn from(status: ProposalStatus) -> Self {
        match status {
            ProposalStatus::Pending => CoreStatus::Pending,
            ProposalStatus::Approved => CoreStatus::Approved,
            ProposalStatus::Rejected => CoreStatus::Rejected,
        }
    }
}

/// A contributor's write, kept unpublished until an editor or admin other than its
/// author approves it. Never shown to anonymous readers.
pub struct ProposalObject(pub Proposal);

#[Object(name = "Proposal")]
impl ProposalObject {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn status(&self) -> ProposalStatus {
        self.0.status.into()
    }
    async fn operation(&self) -> Operation {
        self.0.operation.into()
    }
    async fn entity_type(&self) -> EntityType {
        self.0.entity_type.into()
    }
    async fn entity_slug(&self) -> &str {
        &self.0.entity_slug
    }
    /// The record as it was when the proposal was made (null for a creation).
    async fn before(&self) -> Option<async_graphql::Json<serde_json::Value>> {
        stored_json(self.0.before.as_deref())
    }
    /// The record as the proposal would make it (null for a deletion).
    async fn after(&self) -> Option<async_graphql::Json<serde_json::Value>> {
        stored_json(self.0.after.as_deref())
    }
    /// The token name or account login that proposed it.
    async fn proposed_by(&self) -> &str {
        &self.0.proposed_by
    }
    /// When (RFC 3339, UTC).
    async fn proposed_at(&self) -> &str {
        &self.0.proposed_at
    }
    async fn reviewed_by(&self) -> Option<&str> {
        self.0.reviewed_by.as_deref()
    }
    async fn reviewed_at(&self) -> Option<&str> {
        self.0.reviewed_at.as_deref()
    }
    /// Why it was rejected.
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }
    /// The revision its approval published.
    async fn revision(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<crate::types::Revision>> {
        let Some(id) = self.0.revision_id else { return Ok(None) };
        Ok(ctx.data::<Store>()?.revision(id).await.gql()?.map(crate::types::Revision))
    }
}

fn proposal_id(id: &ID) -> async_graphql::Result<i64> {
    id.parse::<i64>()
        .map_err(|_| user_error(code::BAD_USER_INPUT, Some("id"), format!("{:?} is not a proposal id", id.as_str())))
}

/// `proposals(status:)`: editors and admins see everyone's, contributors their own.
pub async fn list(ctx: &Context<'_>, status: Option<ProposalStatus>) -> async_graphql::Result<Vec<ProposalObject>> {
    let who = authorize(ctx, Role::Contributor).await?;
    let author = (who.role < Role::Editor).then_some(who.name.as_str());
    let found = ctx.data::<Store>()?.proposals(status.map(Into::into), author).await.gql()?;
    Ok(found.into_iter().map(ProposalObject).collect())
}

pub async fn approve(ctx: &Context<'_>, id: ID) -> async_graphql::Result<ChangePayload> {
    let who = authorize(ctx, Role::Editor).await?;
    let id = proposal_id(&id)?;
    let approved = ctx.data::<Store>()?.approve(&who, id).await;
    let (proposal, revision) = match approved {
        Ok((proposal, revision)) => (proposal, Ok(revision)),
        Err(error) => return Err(mutation_error(&error)),
    };
    let mut payload = done(ctx, revision).await?;
    payload.proposal = Some(ProposalObject(proposal));
    Ok(payload)
}

pub async fn reject(ctx: &Context<'_>, id: ID, reason: String) -> async_graphql::Result<ProposalObject> {
    let who = authorize(ctx, Role::Editor).await?;
    let id = proposal_id(&id)?;
    ctx.data::<Store>()?.reject(&who, id, &reason).await.map(ProposalObject).map_err(|e| mutation_error(&e))
}
