//! Mutations: every write needs a token or a signed-in session (editor; deleting
//! and rating sources: admin), is checked whole, runs in one transaction and is
//! recorded as a revision with its author. A contributor's write is checked the
//! same way and kept as a proposal instead (see `proposals`).

use async_graphql::{Context, Object, SimpleObject, ID};
use lawtracker_core::auth::Role;
use lawtracker_core::input::Draft;
use lawtracker_core::model::{self, EntityType, Revision as RevisionRow};
use lawtracker_core::proposals::WriteRequest;
use lawtracker_core::store::queries::Table;
use lawtracker_core::{Store, StoreError};

use crate::access::authorize;
use crate::enums::*;
use crate::error::{code, mutation_error, user_error};
use crate::inputs::*;
use crate::proposals::ProposalObject;
use crate::types::*;

/// What a write did. Made: the revision it recorded and the entity as it now
/// stands (null after a deletion or an unlink). Sent by a contributor: no revision,
/// and the proposal that waits for review. Approved: both.
#[derive(SimpleObject)]
pub struct ChangePayload {
    pub revision: Option<Revision>,
    pub proposal: Option<ProposalObject>,
    pub node: Option<Node>,
}

pub struct Mutation;

/// Loads the entity a revision is about, as it stands after the write.
async fn node_after(store: &Store, revision: &RevisionRow) -> async_graphql::Result<Option<Node>> {
    let slug = revision.entity_slug.as_str();
    Ok(match revision.entity_type {
        EntityType::Source => found(store.by_slug::<model::Source>(slug).await)?.map(|r| Node::Source(Source(r))),
        EntityType::Provision => {
            found(store.by_slug::<model::Provision>(slug).await)?.map(|r| Node::Provision(Provision::current(r)))
        }
        EntityType::Facility => {
            found(store.by_slug::<model::Facility>(slug).await)?.map(|r| Node::Facility(Facility(r)))
        }
        EntityType::Actor => found(store.by_slug::<model::Actor>(slug).await)?.map(|r| Node::Actor(Actor(r))),
        EntityType::Incident => {
            found(store.by_slug::<model::Incident>(slug).await)?.map(|r| Node::Incident(Incident(r)))
        }
        EntityType::Criticism => {
            found(store.by_slug::<model::Criticism>(slug).await)?.map(|r| Node::Criticism(Criticism(r)))
        }
        // A link's revision points at the provision it changed.
        EntityType::ProvisionIncident | EntityType::ProvisionCriticism => {
            let provision = slug.split('~').next().unwrap_or_default();
            found(store.by_slug::<model::Provision>(provision).await)?.map(|r| Node::Provision(Provision::current(r)))
        }
        EntityType::ClaimQuestion => {
            found(store.by_slug::<model::ClaimQuestion>(slug).await)?.map(|r| Node::ClaimQuestion(ClaimQuestion(r)))
        }
        EntityType::Law => None,
    })
}

fn found<T>(result: Result<Option<T>, StoreError>) -> async_graphql::Result<Option<T>> {
    result.map_err(|e| mutation_error(&e))
}

pub(crate) async fn done(
    ctx: &Context<'_>,
    result: Result<RevisionRow, StoreError>,
) -> async_graphql::Result<ChangePayload> {
    // Reads after a write must see it: no cached row from earlier in this request.
    crate::loaders::request_loaders(ctx)?.enable_all_cache(false);
    let revision = result.map_err(|e| mutation_error(&e))?;
    let node = node_after(ctx.data::<Store>()?, &revision).await?;
    Ok(ChangePayload { revision: Some(Revision(revision)), proposal: None, node })
}

/// Every content write: made at once, or, sent by a contributor, checked whole and
/// kept as a proposal.
async fn write(ctx: &Context<'_>, request: WriteRequest) -> async_graphql::Result<ChangePayload> {
    let who = authorize(ctx, Role::Contributor).await?;
    let store = ctx.data::<Store>()?;
    if who.role == Role::Contributor {
        let proposal = store.propose(&who, request).await.map_err(|e| mutation_error(&e))?;
        return Ok(ChangePayload { revision: None, proposal: Some(ProposalObject(proposal)), node: None });
    }
    let needed = request.needs();
    if who.role < needed {
        let message = format!("this operation needs the {needed} role; {:?} has {}", who.name, who.role);
        return Err(user_error(code::FORBIDDEN, None, message));
    }
    done(ctx, store.apply(&who, request).await).await
}

/// The slug an update is about: its `id` argument, which the input's slug must match.
fn same_slug<T: Table>(id: &ID, input_slug: &str) -> async_graphql::Result<String> {
    let slug = slug(T::KIND, "id", id)?;
    if slug != input_slug {
        return Err(user_error(
            code::BAD_USER_INPUT,
            Some("input.slug"),
            format!("slugs never change: input.slug is {input_slug:?} but id names {slug:?}"),
        ));
    }
    Ok(slug)
}

async fn create(ctx: &Context<'_>, draft: Draft) -> async_graphql::Result<ChangePayload> {
    write(ctx, WriteRequest::Create { draft }).await
}

async fn update(ctx: &Context<'_>, expected_version: i32, draft: Draft) -> async_graphql::Result<ChangePayload> {
    write(ctx, WriteRequest::Update { expected_version: expected_version.into(), draft }).await
}

async fn delete<T: Table>(
    ctx: &Context<'_>,
    entity: EntityType,
    id: &ID,
    expected_version: i32,
) -> async_graphql::Result<ChangePayload> {
    let slug = slug(T::KIND, "id", id)?;
    write(ctx, WriteRequest::Delete { entity, slug, expected_version: expected_version.into() }).await
}

#[Object]
impl Mutation {
    /// Adds a source with its full text. Editors add sources `UNRATED`; only admins rate them.
    async fn create_source(&self, ctx: &Context<'_>, input: SourceInput) -> async_graphql::Result<ChangePayload> {
        create(ctx, Draft::Source(input.into_core()?)).await
    }
    /// Replaces a source's metadata and text. A text that would no longer contain a
    /// quote some citation relies on is refused; changing the rating needs an admin.
    async fn update_source(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
        input: SourceInput,
    ) -> async_graphql::Result<ChangePayload> {
        same_slug::<model::Source>(&id, &input.slug)?;
        update(ctx, expected_version, Draft::Source(input.into_core()?)).await
    }
    /// Deletes a source no citation relies on (admin).
    async fn delete_source(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
    ) -> async_graphql::Result<ChangePayload> {
        delete::<model::Source>(ctx, EntityType::Source, &id, expected_version).await
    }

    /// Adds a provision to a law.
    async fn create_provision(
        &self,
        ctx: &Context<'_>,
        law: ID,
        input: ProvisionInput,
    ) -> async_graphql::Result<ChangePayload> {
        let law = slug("Law", "law", &law)?;
        create(ctx, Draft::Provision { law, provision: input.into_core()? }).await
    }
    async fn update_provision(
        &self,
        ctx: &Context<'_>,
        law: ID,
        id: ID,
        expected_version: i32,
        input: ProvisionInput,
    ) -> async_graphql::Result<ChangePayload> {
        let law = slug("Law", "law", &law)?;
        same_slug::<model::Provision>(&id, &input.slug)?;
        update(ctx, expected_version, Draft::Provision { law, provision: input.into_core()? }).await
    }
    /// Deletes a provision and its links (admin).
    async fn delete_provision(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
    ) -> async_graphql::Result<ChangePayload> {
        delete::<model::Provision>(ctx, EntityType::Provision, &id, expected_version).await
    }

    async fn create_facility(&self, ctx: &Context<'_>, input: FacilityInput) -> async_graphql::Result<ChangePayload> {
        create(ctx, Draft::Facility(input.into_core()?)).await
    }
    async fn update_facility(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
        input: FacilityInput,
    ) -> async_graphql::Result<ChangePayload> {
        same_slug::<model::Facility>(&id, &input.slug)?;
        update(ctx, expected_version, Draft::Facility(input.into_core()?)).await
    }
    async fn delete_facility(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
    ) -> async_graphql::Result<ChangePayload> {
        delete::<model::Facility>(ctx, EntityType::Facility, &id, expected_version).await
    }

    async fn create_actor(&self, ctx: &Context<'_>, input: ActorInput) -> async_graphql::Result<ChangePayload> {
        create(ctx, Draft::Actor(input.into_core()?)).await
    }
    async fn update_actor(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
        input: ActorInput,
    ) -> async_graphql::Result<ChangePayload> {
        same_slug::<model::Actor>(&id, &input.slug)?;
        update(ctx, expected_version, Draft::Actor(input.into_core()?)).await
    }
    /// Deletes an actor with no criticisms (admin).
    async fn delete_actor(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
    ) -> async_graphql::Result<ChangePayload> {
        delete::<model::Actor>(ctx, EntityType::Actor, &id, expected_version).await
    }

    async fn create_incident(&self, ctx: &Context<'_>, input: IncidentInput) -> async_graphql::Result<ChangePayload> {
        create(ctx, Draft::Incident(input.into_core()?)).await
    }
    async fn update_incident(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
        input: IncidentInput,
    ) -> async_graphql::Result<ChangePayload> {
        same_slug::<model::Incident>(&id, &input.slug)?;
        update(ctx, expected_version, Draft::Incident(input.into_core()?)).await
    }
    async fn delete_incident(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
    ) -> async_graphql::Result<ChangePayload> {
        delete::<model::Incident>(ctx, EntityType::Incident, &id, expected_version).await
    }

    /// Records an actor's stance, optionally already linked to the provisions it is about.
    async fn create_criticism(&self, ctx: &Context<'_>, input: CriticismInput) -> async_graphql::Result<ChangePayload> {
        create(ctx, Draft::Criticism(input.into_core()?)).await
    }
    /// Replaces a criticism's fields, rights and citations (its links stay; use linkCriticism/unlinkCriticism).
    async fn update_criticism(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
        input: CriticismInput,
    ) -> async_graphql::Result<ChangePayload> {
        same_slug::<model::Criticism>(&id, &input.slug)?;
        update(ctx, expected_version, Draft::Criticism(input.into_core()?)).await
    }
    async fn delete_criticism(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
    ) -> async_graphql::Result<ChangePayload> {
        delete::<model::Criticism>(ctx, EntityType::Criticism, &id, expected_version).await
    }

    /// Records a question on which sources give answers, each with its evidence.
    async fn create_claim_question(
        &self,
        ctx: &Context<'_>,
        input: ClaimQuestionInput,
    ) -> async_graphql::Result<ChangePayload> {
        create(ctx, Draft::ClaimQuestion(input.into_core()?)).await
    }
    /// Replaces a question and its answers.
    async fn update_claim_question(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
        input: ClaimQuestionInput,
    ) -> async_graphql::Result<ChangePayload> {
        same_slug::<model::ClaimQuestion>(&id, &input.slug)?;
        update(ctx, expected_version, Draft::ClaimQuestion(input.into_core()?)).await
    }
    async fn delete_claim_question(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
    ) -> async_graphql::Result<ChangePayload> {
        delete::<model::ClaimQuestion>(ctx, EntityType::ClaimQuestion, &id, expected_version).await
    }

    /// Links an incident to a provision, with at least one verified quote.
    async fn link_incident(&self, ctx: &Context<'_>, input: IncidentLinkInput) -> async_graphql::Result<ChangePayload> {
        write(ctx, WriteRequest::LinkIncident { link: input.into_core()? }).await
    }
    async fn unlink_incident(
        &self,
        ctx: &Context<'_>,
        provision: ID,
        incident: ID,
        relation: LinkRelation,
    ) -> async_graphql::Result<ChangePayload> {
        let (provision, incident) =
            (slug("Provision", "provision", &provision)?, slug("Incident", "incident", &incident)?);
        write(ctx, WriteRequest::UnlinkIncident { provision, incident, relation: relation.into() }).await
    }

    /// Links a criticism to a provision it is about, with at least one verified quote.
    async fn link_criticism(
        &self,
        ctx: &Context<'_>,
        criticism: ID,
        input: CriticismLinkInput,
    ) -> async_graphql::Result<ChangePayload> {
        let criticism = slug("Criticism", "criticism", &criticism)?;
        write(ctx, WriteRequest::LinkCriticism { criticism, link: input.into_core("input")? }).await
    }
    /// Registers a webhook (admin): each committed change it wants is POSTed to `url`
    /// as JSON, signed, and retried with backoff until delivered.
    async fn create_webhook(
        &self,
        ctx: &Context<'_>,
        url: String,
        #[graphql(desc = "Entity types wanted; all when empty.", default)] entity_types: Vec<crate::enums::EntityType>,
        #[graphql(desc = "Only changes to, or touching, this slug: a provision, or a law for any of its provisions.")]
        subject: Option<String>,
    ) -> async_graphql::Result<crate::webhooks::CreatedWebhook> {
        crate::webhooks::create(ctx, url, entity_types, subject).await
    }

    /// Stops a webhook (admin); its delivery history stays.
    async fn deactivate_webhook(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> async_graphql::Result<crate::webhooks::WebhookObject> {
        crate::webhooks::deactivate(ctx, id).await
    }

    async fn unlink_criticism(
        &self,
        ctx: &Context<'_>,
        provision: ID,
        criticism: ID,
    ) -> async_graphql::Result<ChangePayload> {
        let (provision, criticism) =
            (slug("Provision", "provision", &provision)?, slug("Criticism", "criticism", &criticism)?);
        write(ctx, WriteRequest::UnlinkCriticism { provision, criticism }).await
    }

    /// Publishes a contributor's proposal (editor; a deletion: admin), as one write
    /// authored by its proposer. Nobody approves their own. Refused with `CONFLICT`
    /// when the record changed since it was proposed.
    async fn approve_proposal(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<ChangePayload> {
        crate::proposals::approve(ctx, id).await
    }

    /// Makes a one-time invitation to create an account with `role` (admin).
    async fn invite_account(
        &self,
        ctx: &Context<'_>,
        role: crate::account_admin::RoleValue,
    ) -> async_graphql::Result<crate::account_admin::Invitation> {
        crate::account_admin::invite(ctx, role).await
    }

    /// Makes an API token for the signed-in account's own scripts, with its role;
    /// revoked when the account is disabled.
    async fn create_token(
        &self,
        ctx: &Context<'_>,
        name: String,
    ) -> async_graphql::Result<crate::account_admin::CreatedToken> {
        crate::account_admin::create_own_token(ctx, name).await
    }

    /// Disables an account (admin): it can no longer sign in, its sessions end at once.
    async fn disable_account(
        &self,
        ctx: &Context<'_>,
        login: String,
    ) -> async_graphql::Result<crate::account_admin::AccountObject> {
        crate::account_admin::disable(ctx, login).await
    }

    /// Turns a proposal down (editor); its author reads `reason`.
    async fn reject_proposal(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
    ) -> async_graphql::Result<crate::proposals::ProposalObject> {
        crate::proposals::reject(ctx, id, reason).await
    }
}
