//! Where Q2's time goes, without HTTP: the real schema answering Q2 from a database,
//! beside async-graphql answering the same shape (same field count) from values
//! already in memory, which is the floor any resolver design within async-graphql
//! can reach. One request at a time on a current-thread runtime, so the two are
//! compared on one core side by side.
//!
//!   cargo run --release -p lawtracker-api --example q2_split -- sqlite:///tmp/gen100k.sqlite syn-provision-00001

use std::time::Instant;

use async_graphql::{EmptyMutation, EmptySubscription, Executor, Object, Schema, SimpleObject};
use lawtracker_core::Store;

const Q2: &str = include_str!("../../bench/queries/lawtracker/q2-nested.graphql");

#[derive(SimpleObject, Clone)]
struct Fac {
    name: String,
}
#[derive(SimpleObject, Clone)]
#[graphql(name = "Incident")]
struct Inc {
    title: String,
    occurred_on: String,
    facility: Option<Fac>,
}
#[derive(SimpleObject, Clone)]
struct Src {
    title: String,
    reliability: String,
}
#[derive(SimpleObject, Clone)]
struct Cit {
    quote: String,
    source: Src,
}
#[derive(SimpleObject, Clone)]
struct Link {
    relation: String,
    incident: Inc,
    citations: Vec<Cit>,
}
#[derive(Clone)]
struct Prov {
    slug: String,
    incidents: Vec<Link>,
}
#[Object]
impl Prov {
    async fn slug(&self) -> &str {
        &self.slug
    }
    async fn incidents(&self, first: Option<i32>) -> Vec<Link> {
        self.incidents.iter().take(first.unwrap_or(100).max(0) as usize).cloned().collect()
    }
}
struct Root(Prov);
#[Object]
impl Root {
    async fn provision(&self, #[graphql(name = "id")] _id: async_graphql::ID) -> Prov {
        self.0.clone()
    }
}

/// The floor's data: the real answer's values, so both sides produce the same JSON.
fn floor_data(answer: &serde_json::Value) -> Prov {
    let p = &answer["provision"];
    let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
    Prov {
        slug: text(&p["slug"]),
        incidents: p["incidents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| Link {
                relation: text(&l["relation"]),
                incident: Inc {
                    title: text(&l["incident"]["title"]),
                    occurred_on: text(&l["incident"]["occurredOn"]),
                    facility: l["incident"]["facility"].as_object().map(|f| Fac { name: text(&f["name"]) }),
                },
                citations: l["citations"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| Cit {
                        quote: text(&c["quote"]),
                        source: Src {
                            title: text(&c["source"]["title"]),
                            reliability: text(&c["source"]["reliability"]),
                        },
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let url = args.next().expect("usage: q2_split DATABASE_URL PROVISION_SLUG [ROUNDS]");
    let slug = args.next().expect("usage: q2_split DATABASE_URL PROVISION_SLUG [ROUNDS]");
    let rounds: usize = args.next().map(|r| r.parse().expect("ROUNDS is a number")).unwrap_or(300);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async move {
        let store = Store::connect(&url).await.expect("database");
        let real = lawtracker_api::schema::schema_for(store.clone());
        let vars = async_graphql::Variables::from_json(serde_json::json!({ "slug": slug }));
        let request = || {
            async_graphql::Request::new(Q2)
                .variables(vars.clone())
                .data(lawtracker_api::loaders::loaders(store.clone()))
        };
        let answer = real.execute(request()).await;
        assert!(answer.errors.is_empty(), "{:?}", answer.errors);
        let answer = answer.data.into_json().unwrap();
        let links = answer["provision"]["incidents"].as_array().map_or(0, Vec::len);
        let floor = Schema::build(Root(floor_data(&answer)), EmptyMutation, EmptySubscription).finish();
        let floor_request = || async_graphql::Request::new(Q2).variables(vars.clone());
        let floor_answer = floor.execute(floor_request()).await;
        assert!(floor_answer.errors.is_empty(), "{:?}", floor_answer.errors);
        assert_eq!(floor_answer.data.into_json().unwrap(), answer, "the floor answers the same JSON");

        let mut real_total = std::time::Duration::ZERO;
        let mut floor_total = std::time::Duration::ZERO;
        let mut serialise_total = std::time::Duration::ZERO;
        for _ in 0..rounds {
            let start = Instant::now();
            std::hint::black_box(real.execute(request()).await);
            real_total += start.elapsed();
            let start = Instant::now();
            let response = floor.execute(floor_request()).await;
            floor_total += start.elapsed();
            let start = Instant::now();
            std::hint::black_box(serde_json::to_vec(&response).unwrap());
            serialise_total += start.elapsed();
        }
        let per = |d: std::time::Duration| d.as_secs_f64() * 1e3 / rounds as f64;
        println!(
            "{links} links, {rounds} rounds: lawtracker {:.3} ms/request, async-graphql floor (values in memory) {:.3} ms, serialising the response {:.3} ms",
            per(real_total),
            per(floor_total),
            per(serialise_total)
        );
    });
}
