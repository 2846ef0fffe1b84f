//! Review before publication: a contributor's writes are checked, kept as proposals
//! and shown to nobody but reviewers and their author until an editor or admin other
//! than the author approves them (then published as one write in the author's
//! name) or rejects them with a reason.

use lawtracker_core::auth::Role;
use lawtracker_e2e::{code, on_both_backends, TestServer};
use serde_json::{json, Value};

on_both_backends!(
    a_contributors_write_is_a_proposal_nobody_reads_until_an_editor_approves_it,
    review_refuses_self_approval_stale_proposals_and_a_second_review,
    a_rejected_proposal_tells_its_author_why_and_writes_nothing,
);

const CREATE_ACTOR: &str = "mutation($input: ActorInput!) { createActor(input: $input) {
    revision { id author } proposal { id status operation entityType entitySlug before after proposedBy } } }";
const UPDATE_ACTOR: &str = "mutation($input: ActorInput!, $v: Int!) { updateActor(id: \"volunteer-actor\",
    expectedVersion: $v, input: $input) { revision { id } proposal { id status } } }";
const APPROVE: &str = "mutation($id: ID!) { approveProposal(id: $id) {
    revision { id author } proposal { status reviewedBy revision { id } } node { ... on Actor { slug name } } } }";
const REJECT: &str = "mutation($id: ID!, $reason: String!) { rejectProposal(id: $id, reason: $reason) {
    status reason reviewedBy } }";
const MINE: &str = "{ proposals { id status reason entitySlug } }";

fn actor(slug: &str, name: &str) -> Value {
    json!({ "slug": slug, "name": name, "kind": "NGO", "description": "x",
        "citations": [{ "source": "seed-001-forum-post", "quote": "civil rights groups" }] })
}

async fn public_actor(server: &TestServer, slug: &str) -> Value {
    server.data("query($id: ID!) { actor(id: $id) { slug name version } }", json!({ "id": slug })).await["actor"]
        .clone()
}

async fn counts(server: &TestServer) -> (i64, i64) {
    let data = server.data("{ actors { totalCount } revisions { totalCount } }", json!({})).await;
    (data["actors"]["totalCount"].as_i64().unwrap(), data["revisions"]["totalCount"].as_i64().unwrap())
}

async fn a_contributors_write_is_a_proposal_nobody_reads_until_an_editor_approves_it(server: &TestServer) {
    let volunteer = server.store.create_token("volunteer", Role::Contributor).await.unwrap();
    let editor = server.store.create_token("editor", Role::Editor).await.unwrap();
    let before = counts(server).await;
    let viewer = server.data_as(&volunteer, "{ viewer { name role } }", json!({})).await;
    assert_eq!(viewer["viewer"], json!({ "name": "volunteer", "role": "CONTRIBUTOR" }));
    assert!(server.data("{ viewer { name } }", json!({})).await["viewer"].is_null());

    let sent = server
        .data_as(&volunteer, CREATE_ACTOR, json!({ "input": actor("volunteer-actor", "Zyxwvut Collective") }))
        .await;
    let proposal = &sent["createActor"]["proposal"];
    assert!(sent["createActor"]["revision"].is_null(), "nothing published: {sent:#}");
    assert_eq!(proposal["status"], "PENDING");
    assert_eq!(proposal["operation"], "CREATE");
    assert_eq!(proposal["entityType"], "ACTOR");
    assert_eq!(proposal["proposedBy"], "volunteer");
    assert!(proposal["before"].is_null());
    assert_eq!(proposal["after"]["name"], "Zyxwvut Collective", "the diff a reviewer sees: {proposal:#}");

    // Unpublished: no record, no count, no revision, no search hit, not in exports.
    assert!(public_actor(server, "volunteer-actor").await.is_null());
    assert_eq!(counts(server).await, before);
    let found = server.data(r#"{ search(query: "Zyxwvut") { totalCount } }"#, json!({})).await;
    assert_eq!(found["search"]["totalCount"], 0, "{found:#}");
    let exported = lawtracker_core::transfer::export(&server.store).await.unwrap();
    assert!(!serde_json::to_string(&exported).unwrap().contains("volunteer-actor"));
    // The queue is for reviewers and authors, never anonymous readers.
    let anonymous = server.error(MINE, json!({})).await;
    assert_eq!(code(&anonymous), "UNAUTHENTICATED");
    let queue = server.data_as(&editor, "{ proposals(status: PENDING) { id entitySlug } }", json!({})).await;
    assert_eq!(queue["proposals"][0]["entitySlug"], "volunteer-actor");

    // A proposal is checked whole when it is made: a false quote is refused at once.
    let mut bad = actor("volunteer-bad", "Bad quote");
    bad["citations"][0]["quote"] = json!("words this source never wrote");
    let refused = server.error_as(&volunteer, CREATE_ACTOR, json!({ "input": bad })).await;
    assert_eq!(code(&refused), "BAD_USER_INPUT", "{refused:#}");
    let mine = server.data_as(&volunteer, MINE, json!({})).await;
    assert_eq!(mine["proposals"].as_array().unwrap().len(), 1, "the refused write left no proposal: {mine:#}");

    let id = proposal["id"].clone();
    let approved = server.data_as(&editor, APPROVE, json!({ "id": id })).await["approveProposal"].clone();
    assert_eq!(approved["revision"]["author"], "volunteer", "published in its author's name");
    assert_eq!(approved["proposal"]["status"], "APPROVED");
    assert_eq!(approved["proposal"]["reviewedBy"], "editor");
    assert_eq!(approved["proposal"]["revision"]["id"], approved["revision"]["id"]);
    assert_eq!(approved["node"]["name"], "Zyxwvut Collective");
    assert_eq!(public_actor(server, "volunteer-actor").await["name"], "Zyxwvut Collective");
    let found = server.data(r#"{ search(query: "Zyxwvut") { totalCount } }"#, json!({})).await;
    assert_eq!(found["search"]["totalCount"], 1, "searchable once published: {found:#}");
    assert_eq!(counts(server).await, (before.0 + 1, before.1 + 1), "one record, one revision");
    let mine = server.data_as(&volunteer, MINE, json!({})).await;
    assert_eq!(mine["proposals"][0]["status"], "APPROVED", "the author sees the outcome");
}

async fn review_refuses_self_approval_stale_proposals_and_a_second_review(server: &TestServer) {
    let editor = server.store.create_token("editor", Role::Editor).await.unwrap();
    let admin = server.store.create_token("admin", Role::Admin).await.unwrap();
    let volunteer = server.store.create_token("volunteer", Role::Contributor).await.unwrap();
    server.data_as(&editor, CREATE_ACTOR, json!({ "input": actor("volunteer-actor", "First name") })).await;

    // The contributor proposes a rename against version 1 ...
    let rename = json!({ "input": actor("volunteer-actor", "Proposed name"), "v": 1 });
    let sent = server.data_as(&volunteer, UPDATE_ACTOR, rename).await;
    let stale_id = sent["updateActor"]["proposal"]["id"].clone();
    // ... a contributor cannot review, not even someone else's ...
    let error = server.error_as(&volunteer, APPROVE, json!({ "id": stale_id })).await;
    assert_eq!(code(&error), "FORBIDDEN", "{error:#}");
    // ... and the record moves on before review: approval is a CONFLICT, nothing changes.
    let moved = json!({ "input": actor("volunteer-actor", "Edited meanwhile"), "v": 1 });
    server.data_as(&editor, UPDATE_ACTOR, moved).await;
    let conflict = server.error_as(&admin, APPROVE, json!({ "id": stale_id })).await;
    assert_eq!(code(&conflict), "CONFLICT", "{conflict:#}");
    assert_eq!(conflict["extensions"]["currentVersion"], 2);
    assert_eq!(public_actor(server, "volunteer-actor").await["name"], "Edited meanwhile");
    let still = server.data_as(&admin, "{ proposals(status: PENDING) { id } }", json!({})).await;
    assert_eq!(still["proposals"][0]["id"], stale_id, "a refused approval leaves the proposal pending");

    // Nobody approves their own proposal, whatever their role: the same name with an
    // admin's rights (a promoted contributor, or an account and a token of one person).
    let fresh = json!({ "input": actor("volunteer-actor", "Fresh proposal"), "v": 2 });
    let sent = server.data_as(&volunteer, UPDATE_ACTOR, fresh).await;
    let fresh_id: i64 = sent["updateActor"]["proposal"]["id"].as_str().unwrap().parse().unwrap();
    let same_person = lawtracker_core::auth::Principal::new("volunteer", Role::Admin);
    let refused = server.store.approve(&same_person, fresh_id).await.unwrap_err();
    assert!(refused.to_string().contains("nobody reviews their own proposal"), "{refused}");

    // A deletion needs an admin to approve it; once approved, a second review is refused.
    let delete =
        r#"mutation { deleteActor(id: "volunteer-actor", expectedVersion: 2) { revision { id } proposal { id } } }"#;
    let sent = server.data_as(&volunteer, delete, json!({})).await;
    let delete_id = sent["deleteActor"]["proposal"]["id"].clone();
    let error = server.error_as(&editor, APPROVE, json!({ "id": delete_id })).await;
    assert_eq!(code(&error), "FORBIDDEN", "an editor may not approve a deletion: {error:#}");
    server
        .data_as(
            &admin,
            "mutation($id: ID!) { approveProposal(id: $id) { revision { id } } }",
            json!({ "id": delete_id }),
        )
        .await;
    assert!(public_actor(server, "volunteer-actor").await.is_null());
    let twice = server.error_as(&admin, APPROVE, json!({ "id": delete_id })).await;
    assert_eq!(code(&twice), "FORBIDDEN", "{twice:#}");
    assert!(twice["message"].as_str().unwrap().contains("approved already"), "{twice:#}");
}

async fn a_rejected_proposal_tells_its_author_why_and_writes_nothing(server: &TestServer) {
    let volunteer = server.store.create_token("volunteer", Role::Contributor).await.unwrap();
    let other = server.store.create_token("other volunteer", Role::Contributor).await.unwrap();
    let editor = server.store.create_token("editor", Role::Editor).await.unwrap();
    let before = counts(server).await;
    let sent = server.data_as(&volunteer, CREATE_ACTOR, json!({ "input": actor("volunteer-actor", "Dubious") })).await;
    let id = sent["createActor"]["proposal"]["id"].clone();

    let no_reason = server.error_as(&editor, REJECT, json!({ "id": id, "reason": "  " })).await;
    assert_eq!(code(&no_reason), "BAD_USER_INPUT", "{no_reason:#}");
    let rejected = server.data_as(&editor, REJECT, json!({ "id": id, "reason": "No source names this NGO." })).await;
    assert_eq!(rejected["rejectProposal"]["status"], "REJECTED");
    assert_eq!(rejected["rejectProposal"]["reviewedBy"], "editor");
    let approve = server.error_as(&editor, APPROVE, json!({ "id": id })).await;
    assert_eq!(code(&approve), "FORBIDDEN", "a rejected proposal cannot be approved: {approve:#}");

    assert!(public_actor(server, "volunteer-actor").await.is_null());
    assert_eq!(counts(server).await, before);
    let mine = server.data_as(&volunteer, MINE, json!({})).await;
    assert_eq!(mine["proposals"][0]["status"], "REJECTED");
    assert_eq!(mine["proposals"][0]["reason"], "No source names this NGO.");
    let theirs = server.data_as(&other, MINE, json!({})).await;
    assert_eq!(theirs["proposals"], json!([]), "contributors see only their own proposals");
}
