//! Review before publication. A contributor's write is not made: it is checked
//! whole (as if it were made, then rolled back) and kept as a proposal with the
//! diff it would make. An editor or admin other than its author approves it, and it
//! is then made as one write, whose transaction also marks the proposal approved
//! (so it is applied exactly once, and a write that no longer fits, because the
//! record moved on, refuses the approval with a `CONFLICT`), or rejects it with a
//! reason. Readers, exports, feeds and webhooks see nothing of a proposal until then.

use serde::{Deserialize, Serialize};

use crate::auth::{Landing, Principal, Role};
use crate::error::{Problem, StoreError};
use crate::input::{CriticismLinkIn, Draft, ProvisionIncidentIn};
use crate::model::{EntityType, LinkRelation, Operation, Revision};
use crate::store::proposals::ProposalRow;
use crate::store::Store;

/// A write, as data: what the API's mutations ask of the store, and what a
/// proposal keeps until it is approved. One dispatch ([`Store::apply`]) makes it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WriteRequest {
    Create { draft: Draft },
    Update { expected_version: i64, draft: Draft },
    Delete { entity: EntityType, slug: String, expected_version: i64 },
    LinkIncident { link: ProvisionIncidentIn },
    UnlinkIncident { provision: String, incident: String, relation: LinkRelation },
    LinkCriticism { criticism: String, link: CriticismLinkIn },
    UnlinkCriticism { provision: String, criticism: String },
}

impl WriteRequest {
    /// The role the write needs, of its author or, for a proposal, of its reviewer.
    pub fn needs(&self) -> Role {
        match self {
            WriteRequest::Delete { .. } => Role::Admin,
            _ => Role::Editor,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::EnumString, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum ProposalStatus {
    Pending,
    Approved,
    Rejected,
}

/// A proposal as reviewers and its author see it.
#[derive(Clone, Debug)]
pub struct Proposal {
    pub id: i64,
    pub request: WriteRequest,
    pub operation: Operation,
    pub entity_type: EntityType,
    pub entity_slug: String,
    /// The record before and after, as the write would have made it when proposed.
    pub before: Option<String>,
    pub after: Option<String>,
    pub proposed_by: String,
    pub proposed_at: String,
    pub status: ProposalStatus,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<String>,
    pub reason: Option<String>,
    /// The revision its approval made.
    pub revision_id: Option<i64>,
}

use crate::dates::now;

fn refused(message: impl Into<String>) -> StoreError {
    StoreError::Forbidden(message.into())
}

fn proposal(row: ProposalRow) -> Result<Proposal, StoreError> {
    let broken =
        |what: &str| StoreError::BadArgument { field: "proposal", message: format!("stored {what} unreadable") };
    Ok(Proposal {
        id: row.id,
        request: serde_json::from_str(&row.change).map_err(|_| broken("change"))?,
        operation: row.operation.parse().map_err(|_| broken("operation"))?,
        entity_type: row.entity_type.parse().map_err(|_| broken("entity type"))?,
        entity_slug: row.entity_slug,
        before: row.before,
        after: row.after,
        proposed_by: row.proposed_by,
        proposed_at: row.proposed_at,
        status: row.status.parse().map_err(|_| broken("status"))?,
        reviewed_by: row.reviewed_by,
        reviewed_at: row.reviewed_at,
        reason: row.reason,
        revision_id: row.revision_id,
    })
}

impl Store {
    /// Makes `request` as `who`: the one path every content write takes, whether it
    /// publishes, is checked for a proposal, or is a proposal's approval.
    pub async fn apply(&self, who: &Principal, request: WriteRequest) -> Result<Revision, StoreError> {
        match request {
            WriteRequest::Create { draft } => self.create(who, draft).await,
            WriteRequest::Update { expected_version, draft } => self.update(who, expected_version, draft).await,
            WriteRequest::Delete { entity, slug, expected_version } => {
                self.delete(who, entity, &slug, expected_version).await
            }
            WriteRequest::LinkIncident { link } => self.link_incident(who, link).await,
            WriteRequest::UnlinkIncident { provision, incident, relation } => {
                self.unlink_incident(who, &provision, &incident, relation).await
            }
            WriteRequest::LinkCriticism { criticism, link } => self.link_criticism(who, &criticism, link).await,
            WriteRequest::UnlinkCriticism { provision, criticism } => {
                self.unlink_criticism(who, &provision, &criticism).await
            }
        }
    }

    /// Keeps `request` as a proposal by `who`, once it has been checked whole: a
    /// write that would be refused now is refused now, with the same error.
    pub async fn propose(&self, who: &Principal, request: WriteRequest) -> Result<Proposal, StoreError> {
        let checker = Principal { landing: Landing::Propose, ..who.clone() };
        let would = self.apply(&checker, request.clone()).await?;
        let change = serde_json::to_string(&request).map_err(|e| StoreError::BadArgument {
            field: "input",
            message: format!("cannot be kept as a proposal: {e}"),
        })?;
        let id = self.insert_proposal(&change, &would, &who.name, &now()).await?;
        self.proposal(id).await?.ok_or(StoreError::NotFound { entity: "Proposal", key: format!("id {id}") })
    }

    pub async fn proposal(&self, id: i64) -> Result<Option<Proposal>, StoreError> {
        self.proposal_row(id).await?.map(proposal).transpose()
    }

    /// Proposals with `status` (all when `None`), newest first; only `author`'s when given.
    pub async fn proposals(
        &self,
        status: Option<ProposalStatus>,
        author: Option<&str>,
    ) -> Result<Vec<Proposal>, StoreError> {
        let status = status.map(<&'static str>::from);
        self.proposal_rows(status, author).await?.into_iter().map(proposal).collect()
    }

    /// Approves a pending proposal: it is made as one write, authored by its
    /// proposer and marked approved by `reviewer` in the same transaction.
    pub async fn approve(&self, reviewer: &Principal, id: i64) -> Result<(Proposal, Revision), StoreError> {
        let pending = self.pending(reviewer, id).await?;
        if reviewer.role < pending.request.needs() {
            return Err(refused(format!(
                "approving this proposal needs the {} role; {:?} has {}",
                pending.request.needs(),
                reviewer.name,
                reviewer.role
            )));
        }
        let approval = Landing::Approve { proposal: id, reviewer: reviewer.name.clone() };
        // Written as its author's change, with the reviewer's permissions.
        let author = Principal { name: pending.proposed_by.clone(), role: reviewer.role, landing: approval };
        let revision = self.apply(&author, pending.request.clone()).await?;
        let approved = self.proposal(id).await?.unwrap_or(pending);
        Ok((approved, revision))
    }

    pub async fn reject(&self, reviewer: &Principal, id: i64, reason: &str) -> Result<Proposal, StoreError> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(StoreError::Invalid(vec![Problem {
                record: format!("proposal {id}"),
                field: "reason".into(),
                message: "say why the proposal is rejected: its author reads it".into(),
            }]));
        }
        self.pending(reviewer, id).await?;
        if !self.mark_rejected(id, &reviewer.name, &now(), reason).await? {
            return Err(refused(format!("proposal {id} was reviewed by someone else meanwhile")));
        }
        self.proposal(id).await?.ok_or(StoreError::NotFound { entity: "Proposal", key: format!("id {id}") })
    }

    /// The pending proposal `id`, if `reviewer` may review it.
    async fn pending(&self, reviewer: &Principal, id: i64) -> Result<Proposal, StoreError> {
        if reviewer.role < Role::Editor {
            return Err(refused(format!(
                "reviewing proposals needs the editor role; {:?} is a contributor",
                reviewer.name
            )));
        }
        let found =
            self.proposal(id).await?.ok_or(StoreError::NotFound { entity: "Proposal", key: format!("id {id}") })?;
        if found.proposed_by == reviewer.name {
            return Err(refused("nobody reviews their own proposal: another editor or admin must"));
        }
        if found.status != ProposalStatus::Pending {
            return Err(refused(format!("proposal {id} is {} already", found.status)));
        }
        Ok(found)
    }
}
