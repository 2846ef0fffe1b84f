//! Accounts on the real server: signing in with a password, the session cookie and
//! its CSRF token on every write, one answer for every failed sign-in, throttling,
//! invitations, and a disabled account's session ending at once.

use lawtracker_core::auth::Role;
use lawtracker_e2e::{actor_input, code, on_both_backends, TestServer};
use reqwest::header::HeaderMap;
use serde_json::{json, Value};

on_both_backends!(
    a_session_writes_only_with_its_csrf_token_and_history_names_the_account,
    every_failed_sign_in_answers_the_same_and_sign_in_is_throttled,
    an_invitation_makes_one_account_and_disabling_it_ends_its_session,
    an_admin_invites_lists_and_disables_accounts_over_graphql,
);

const PASSWORD: &str = "a long enough passphrase";
const CREATE_ACTOR: &str = "mutation($input: ActorInput!) { createActor(input: $input) { revision { id author } } }";
const CREATE_ACTOR_PROPOSAL: &str = "mutation($input: ActorInput!) { createActor(input: $input) { proposal { id } } }";

fn actor(slug: &str) -> Value {
    json!({ "input": actor_input(slug, &format!("Actor {slug}")) })
}

/// What a browser would keep of a sign-in: the cookie, and the CSRF token from the body.
struct Session {
    cookie: String,
    csrf: String,
    set_cookie: String,
}

async fn post_json(server: &TestServer, path: &str, body: Value, headers: HeaderMap) -> reqwest::Response {
    server.client.post(format!("{}{path}", server.base)).headers(headers).json(&body).send().await.unwrap()
}

async fn sign_in(server: &TestServer, login: &str, password: &str) -> reqwest::Response {
    post_json(server, "/auth/sign-in", json!({ "login": login, "password": password }), HeaderMap::new()).await
}

async fn session_of(response: reqwest::Response) -> Session {
    assert_eq!(response.status(), 200);
    let set_cookie = response.headers()["set-cookie"].to_str().unwrap().to_string();
    let cookie = set_cookie.split(';').next().unwrap().to_string();
    let body: Value = response.json().await.unwrap();
    Session { cookie, csrf: body["csrfToken"].as_str().unwrap().to_string(), set_cookie }
}

/// A GraphQL POST carrying the session cookie, and the CSRF token when `csrf` says so.
async fn graphql_as(server: &TestServer, session: &Session, csrf: bool, query: &str, variables: Value) -> Value {
    let mut request = server.client.post(format!("{}/graphql", server.base)).header("cookie", &session.cookie);
    if csrf {
        request = request.header("x-csrf-token", &session.csrf);
    }
    request.json(&json!({ "query": query, "variables": variables })).send().await.unwrap().json().await.unwrap()
}

/// `GET /auth/session` with the session's cookie: the status and the body.
async fn current_session(server: &TestServer, session: &Session) -> (u16, Value) {
    let url = format!("{}/auth/session", server.base);
    let response = server.client.get(url).header("cookie", &session.cookie).send().await.unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

async fn actor_exists(server: &TestServer, slug: &str) -> bool {
    !server.data("query($id: ID!) { actor(id: $id) { slug } }", json!({ "id": slug })).await["actor"].is_null()
}

async fn a_session_writes_only_with_its_csrf_token_and_history_names_the_account(server: &TestServer) {
    server.store.create_account("Ana@NGO.example", PASSWORD, Role::Editor).await.unwrap();
    // The login is matched whatever its case.
    let session = session_of(sign_in(server, "ana@ngo.example", PASSWORD).await).await;
    let attributes = session.set_cookie.to_lowercase();
    for attribute in ["httponly", "samesite=strict", "path=/"] {
        assert!(attributes.contains(attribute), "{attribute} in {}", session.set_cookie);
    }
    assert!(!attributes.contains("secure"), "not Secure over plain HTTP: {}", session.set_cookie);
    let mut https = HeaderMap::new();
    https.insert("x-forwarded-proto", "https".parse().unwrap());
    let body = json!({ "login": "ana@ngo.example", "password": PASSWORD });
    let over_https = post_json(server, "/auth/sign-in", body, https).await;
    assert!(session_of(over_https).await.set_cookie.to_lowercase().contains("secure"), "Secure behind HTTPS");

    let (status, current) = current_session(server, &session).await;
    assert_eq!(status, 200);
    assert_eq!(current["login"], "ana@ngo.example");
    assert_eq!(current["role"], "editor");
    assert_eq!(current["csrfToken"], session.csrf.as_str());

    // Without the CSRF token the cookie writes nothing.
    let refused = graphql_as(server, &session, false, CREATE_ACTOR, actor("no-csrf")).await;
    assert_eq!(code(&refused["errors"][0]), "FORBIDDEN", "{refused:#}");
    assert!(refused["errors"][0]["message"].as_str().unwrap().contains("X-CSRF-Token"));
    assert!(!actor_exists(server, "no-csrf").await);
    // Nor with the token from a page of another origin.
    let foreign = server
        .client
        .post(format!("{}/graphql", server.base))
        .header("cookie", &session.cookie)
        .header("x-csrf-token", &session.csrf)
        .header("origin", "https://evil.example")
        .json(&json!({ "query": CREATE_ACTOR, "variables": actor("foreign") }))
        .send()
        .await
        .unwrap();
    let foreign: Value = foreign.json().await.unwrap();
    assert_eq!(code(&foreign["errors"][0]), "FORBIDDEN", "{foreign:#}");
    assert!(!actor_exists(server, "foreign").await);

    let written = graphql_as(server, &session, true, CREATE_ACTOR, actor("by-ana")).await;
    assert!(written.get("errors").is_none(), "{written:#}");
    assert_eq!(written["data"]["createActor"]["revision"]["author"], "ana@ngo.example");
    let history = server.data(r#"{ actor(id: "by-ana") { history { author } } }"#, json!({})).await;
    assert_eq!(history["actor"]["history"][0]["author"], "ana@ngo.example");

    // Signing out ends the session on the server, not only in the browser.
    let mut headers = HeaderMap::new();
    headers.insert("cookie", session.cookie.parse().unwrap());
    headers.insert("x-csrf-token", session.csrf.parse().unwrap());
    let out = post_json(server, "/auth/sign-out", json!({}), headers).await;
    assert_eq!(out.status(), 204);
    let after = graphql_as(server, &session, true, CREATE_ACTOR, actor("after-sign-out")).await;
    assert_eq!(code(&after["errors"][0]), "UNAUTHENTICATED", "{after:#}");
    assert!(!actor_exists(server, "after-sign-out").await);
}

async fn every_failed_sign_in_answers_the_same_and_sign_in_is_throttled(server: &TestServer) {
    server.store.create_account("bruno", PASSWORD, Role::Admin).await.unwrap();
    server.store.create_account("carla", PASSWORD, Role::Editor).await.unwrap();
    server.store.disable_account("carla").await.unwrap();
    let mut answers = Vec::new();
    for (login, password) in [("bruno", "not the passphrase"), ("nobody-here", PASSWORD), ("carla", PASSWORD)] {
        let response = sign_in(server, login, password).await;
        assert!(response.headers().get("set-cookie").is_none());
        answers.push((response.status().as_u16(), response.text().await.unwrap()));
    }
    assert_eq!(answers[0].0, 401);
    assert!(answers[0].1.contains("wrong login or password"), "{}", answers[0].1);
    assert!(answers.iter().all(|answer| *answer == answers[0]), "one answer for all: {answers:?}");

    // Five tries per login, then 429 with Retry-After, even with the right password.
    for _ in 0..4 {
        assert_eq!(sign_in(server, "bruno", "still not it").await.status(), 401);
    }
    let throttled = sign_in(server, "bruno", PASSWORD).await;
    assert_eq!(throttled.status(), 429);
    assert!(throttled.headers().get("retry-after").is_some());
    let body: Value = throttled.json().await.unwrap();
    assert_eq!(code(&body["errors"][0]), "RATE_LIMITED");
}

async fn an_invitation_makes_one_account_and_disabling_it_ends_its_session(server: &TestServer) {
    let code_text = server.store.invite(Role::Editor, "test admin").await.unwrap();
    let accept = |login: &'static str, password: &'static str| {
        let body = json!({ "code": code_text, "login": login, "password": password });
        post_json(server, "/auth/accept-invitation", body, HeaderMap::new())
    };
    let weak = accept("dora@ngo.example", "short").await;
    assert_eq!(weak.status(), 400);
    let weak: Value = weak.json().await.unwrap();
    assert_eq!(weak["errors"][0]["extensions"]["field"], "password", "{weak:#}");

    let session = session_of(accept("dora@ngo.example", PASSWORD).await).await;
    let again = accept("eve@ngo.example", PASSWORD).await;
    assert_eq!(again.status(), 400, "an invitation is used once");
    let again: Value = again.json().await.unwrap();
    assert_eq!(again["errors"][0]["extensions"]["field"], "code");
    assert_eq!(sign_in(server, "eve@ngo.example", PASSWORD).await.status(), 401);

    let written = graphql_as(server, &session, true, CREATE_ACTOR, actor("by-dora")).await;
    assert!(written.get("errors").is_none(), "{written:#}");
    // An editor may not delete (admins only), whatever the session.
    let delete = graphql_as(
        server,
        &session,
        true,
        r#"mutation { deleteActor(id: "by-dora", expectedVersion: 1) { revision { id } } }"#,
        json!({}),
    )
    .await;
    assert_eq!(code(&delete["errors"][0]), "FORBIDDEN", "{delete:#}");

    assert!(server.store.disable_account("dora@ngo.example").await.unwrap());
    let after = graphql_as(server, &session, true, CREATE_ACTOR, actor("after-disable")).await;
    assert_eq!(code(&after["errors"][0]), "UNAUTHENTICATED", "{after:#}");
    assert!(!actor_exists(server, "after-disable").await);
    assert_eq!(current_session(server, &session).await.0, 401);
    assert_eq!(sign_in(server, "dora@ngo.example", PASSWORD).await.status(), 401);
}

async fn an_admin_invites_lists_and_disables_accounts_over_graphql(server: &TestServer) {
    server.store.create_account("lead@ngo.example", PASSWORD, Role::Admin).await.unwrap();
    server.store.create_account("ed@ngo.example", PASSWORD, Role::Editor).await.unwrap();
    let lead = session_of(sign_in(server, "lead@ngo.example", PASSWORD).await).await;
    let ed = session_of(sign_in(server, "ed@ngo.example", PASSWORD).await).await;
    let invite = "mutation { inviteAccount(role: CONTRIBUTOR) { code role link validDays } }";

    assert_eq!(code(&server.error(invite, json!({})).await), "UNAUTHENTICATED");
    let refused = graphql_as(server, &ed, true, invite, json!({})).await;
    assert_eq!(code(&refused["errors"][0]), "FORBIDDEN", "only admins invite: {refused:#}");

    let made = graphql_as(server, &lead, true, invite, json!({})).await;
    let invitation = &made["data"]["inviteAccount"];
    assert_eq!(invitation["role"], "CONTRIBUTOR", "{made:#}");
    assert_eq!(invitation["validDays"], 7);
    let code_text = invitation["code"].as_str().unwrap();
    assert_eq!(invitation["link"], format!("/app/curation?invite={code_text}"));
    let body = json!({ "code": code_text, "login": "vol@ngo.example", "password": PASSWORD });
    let volunteer = session_of(post_json(server, "/auth/accept-invitation", body, HeaderMap::new()).await).await;
    assert_eq!(current_session(server, &volunteer).await.1["role"], "contributor");

    let list = graphql_as(server, &lead, false, "{ accounts { login role disabledAt } }", json!({})).await;
    let logins: Vec<&str> =
        list["data"]["accounts"].as_array().unwrap().iter().map(|a| a["login"].as_str().unwrap()).collect();
    assert_eq!(logins, ["ed@ngo.example", "lead@ngo.example", "vol@ngo.example"], "{list:#}");

    let disable = "mutation($login: String!) { disableAccount(login: $login) { login disabledAt } }";
    let own = graphql_as(server, &lead, true, disable, json!({ "login": "Lead@NGO.example" })).await;
    assert_eq!(code(&own["errors"][0]), "BAD_USER_INPUT", "an admin cannot lock themselves out: {own:#}");
    // The volunteer makes a token for a script: it writes (as a proposal, her role)
    // in her name, and stops with her account.
    let make = "mutation { createToken(name: \"import script\") { name role secret } }";
    let made = graphql_as(server, &volunteer, true, make, json!({})).await["data"]["createToken"].clone();
    assert_eq!(made["name"], "vol@ngo.example / import script", "{made:#}");
    assert_eq!(made["role"], "CONTRIBUTOR");
    let script = made["secret"].as_str().unwrap().to_string();
    let proposed = server.data_as(&script, CREATE_ACTOR_PROPOSAL, actor("by-script")).await;
    assert!(proposed["createActor"]["proposal"]["id"].is_string(), "{proposed:#}");
    let with_token = server.error_as(&script, make, json!({})).await;
    assert_eq!(code(&with_token), "FORBIDDEN", "a token does not make tokens: {with_token:#}");
    let done = graphql_as(server, &lead, true, disable, json!({ "login": "vol@ngo.example" })).await;
    assert!(done["data"]["disableAccount"]["disabledAt"].is_string(), "{done:#}");
    let after = graphql_as(server, &volunteer, true, CREATE_ACTOR, actor("after-disabled")).await;
    assert_eq!(code(&after["errors"][0]), "UNAUTHENTICATED", "{after:#}");
    let revoked = server.error_as(&script, CREATE_ACTOR_PROPOSAL, actor("script-after-disabled")).await;
    assert_eq!(code(&revoked), "UNAUTHENTICATED", "the account's tokens end with it: {revoked:#}");
}
