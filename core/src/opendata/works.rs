//! How each kind of record is cited (a [`Work`]): a provision as legislation, with
//! its law, the ELI where known, and its status and stage on the as-of day; a source
//! as the kind of document it is, with its original URL and the SHA-256 of the text
//! the tracker stores; incidents and criticisms as the tracker's own pages.

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use super::cite::{Work, WorkKind};
use super::words::{page_path, Lang};
use crate::model::{
    Actor, Criticism, EntityType, Incident, Law, LawStage, LegalStatus, Provision, Source, SourceKind, StageKind,
};
use crate::versions;

/// What every citation needs besides the record: the site's address, the day it is
/// accessed, and the language of the words the citation adds (titles stay as curated).
#[derive(Debug, Clone)]
pub struct Site {
    pub base: String,
    pub accessed: NaiveDate,
    pub lang: Lang,
}

const TRACKER: &str = "lawtracker";

fn key(entity: &str, slug: &str) -> String {
    let slug: String = slug.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '-' }).collect();
    format!("lawtracker-{entity}-{slug}")
}

fn localized(lang: Lang, english: &str, french: Option<&str>) -> String {
    match (lang, french) {
        (Lang::Fr, Some(french)) if !french.is_empty() => french.to_string(),
        _ => english.to_string(),
    }
}

fn status_words(status: LegalStatus, lang: Lang) -> &'static str {
    use LegalStatus::*;
    match (lang, status) {
        (Lang::En, Proposed) => "proposed",
        (Lang::En, Adopted) => "adopted",
        (Lang::En, InForce) => "in force",
        (Lang::En, InForceWithReservation) => "in force with an interpretive reservation",
        (Lang::En, PartlyCensured) => "partly censured",
        (Lang::En, Censured) => "censured",
        (Lang::En, Dropped) => "dropped",
        (Lang::En, Repealed) => "repealed",
        (Lang::Fr, Proposed) => "proposée",
        (Lang::Fr, Adopted) => "adoptée",
        (Lang::Fr, InForce) => "en vigueur",
        (Lang::Fr, InForceWithReservation) => "en vigueur sous réserve d'interprétation",
        (Lang::Fr, PartlyCensured) => "partiellement censurée",
        (Lang::Fr, Censured) => "censurée",
        (Lang::Fr, Dropped) => "abandonnée",
        (Lang::Fr, Repealed) => "abrogée",
    }
}

fn stage_words(kind: StageKind, lang: Lang) -> &'static str {
    use StageKind::*;
    match (lang, kind) {
        (Lang::En, Introduced) => "introduced",
        (Lang::En, CommitteeText) => "committee text",
        (Lang::En, Amendment) => "amendment",
        (Lang::En, Vote) => "vote",
        (Lang::En, FinalVote) => "final vote",
        (Lang::En, Referral) => "referral to the Constitutional Council",
        (Lang::En, Decision) => "decision of the Constitutional Council",
        (Lang::En, Promulgation) => "promulgation",
        (Lang::En, Publication) => "publication",
        (Lang::Fr, Introduced) => "dépôt",
        (Lang::Fr, CommitteeText) => "texte de la commission",
        (Lang::Fr, Amendment) => "amendement",
        (Lang::Fr, Vote) => "vote",
        (Lang::Fr, FinalVote) => "vote définitif",
        (Lang::Fr, Referral) => "saisine du Conseil constitutionnel",
        (Lang::Fr, Decision) => "décision du Conseil constitutionnel",
        (Lang::Fr, Promulgation) => "promulgation",
        (Lang::Fr, Publication) => "publication",
    }
}

/// The latest stage on or before `day` (partial dates count from their last day, as
/// `versions` reads them).
fn stage_on(stages: &[LawStage], day: NaiveDate) -> Option<&LawStage> {
    let end = |s: &LawStage| crate::dates::PartialDate::parse(&s.occurred_on).ok().map(|d| d.end);
    stages.iter().filter(|s| end(s).is_some_and(|d| d <= day)).max_by_key(|s| (end(s), s.position))
}

/// A clause of a law, as it stood on `as_of` (today when absent).
pub fn provision(provision: &Provision, law: &Law, stages: &[LawStage], as_of: Option<NaiveDate>, site: &Site) -> Work {
    let lang = site.lang;
    let day = as_of.unwrap_or(site.accessed);
    let page = format!("{}{}", site.base, page_path(EntityType::Provision, &provision.slug));
    // The front end shows a provision as it is now: the as-of day is in the note.
    let permalink = page;
    let status = versions::status_as_of(provision.status, stages, day).unwrap_or(LegalStatus::Proposed);
    let promulgated = stages.iter().filter(|s| s.kind == StageKind::Promulgation).map(|s| &s.occurred_on).min();
    let issued = promulgated.or_else(|| stages.iter().map(|s| &s.occurred_on).min()).cloned();
    let day_text = day.format("%Y-%m-%d");
    let mut note = match lang {
        Lang::En => format!("As of {day_text}: {}.", status_words(status, lang)),
        Lang::Fr => format!("Au {day_text} : {}.", status_words(status, lang)),
    };
    if let Some(stage) = stage_on(stages, day) {
        let words = stage_words(stage.kind, lang);
        note.push_str(&match lang {
            Lang::En => format!(" Latest stage: {words} ({}).", stage.occurred_on),
            Lang::Fr => format!(" Dernière étape : {words} ({}).", stage.occurred_on),
        });
    }
    note.push_str(&match lang {
        Lang::En => format!(" Record: {permalink}"),
        Lang::Fr => format!(" Fiche : {permalink}"),
    });
    Work {
        key: key("provision", &provision.slug),
        kind: WorkKind::Legislation,
        title: localized(lang, &provision.heading, provision.heading_fr.as_deref()),
        // The law's official title is French: cited as promulgated.
        container_title: Some(law.title_fr.clone()),
        authors: Vec::new(),
        publisher: None,
        issued,
        // The European Legislation Identifier where one is known, else the tracker's page.
        url: law.eli_uri.clone().filter(|u| !u.is_empty()).unwrap_or(permalink),
        accessed: site.accessed,
        number: law.number.clone(),
        section: provision.article.clone(),
        language: Some("fr".into()),
        abstract_text: Some(localized(lang, &provision.summary, provision.summary_fr.as_deref())),
        note: Some(note),
    }
}

/// A page of the tracker itself: an incident or a criticism as recorded there.
fn tracker_page(entity: EntityType, slug: &str, site: &Site) -> (String, String) {
    let url = format!("{}{}", site.base, page_path(entity, slug));
    let note = match site.lang {
        Lang::En => "A record of the lawtracker database, with the sources it cites.".to_string(),
        Lang::Fr => "Une fiche de la base lawtracker, avec les sources qu'elle cite.".to_string(),
    };
    (url, note)
}

pub fn incident(incident: &Incident, site: &Site) -> Work {
    let (url, note) = tracker_page(EntityType::Incident, &incident.slug, site);
    Work {
        key: key("incident", &incident.slug),
        kind: WorkKind::Webpage,
        title: localized(site.lang, &incident.title, incident.title_fr.as_deref()),
        container_title: Some(TRACKER.into()),
        authors: Vec::new(),
        // The tracker is the container; naming it publisher too would print it twice.
        publisher: None,
        issued: Some(incident.occurred_on.clone()),
        url,
        accessed: site.accessed,
        number: None,
        section: None,
        language: None,
        abstract_text: Some(localized(site.lang, &incident.summary, incident.summary_fr.as_deref())),
        note: Some(note),
    }
}

/// A stance an actor took: the actor is its author.
pub fn criticism(criticism: &Criticism, actor: &Actor, site: &Site) -> Work {
    let (url, note) = tracker_page(EntityType::Criticism, &criticism.slug, site);
    let summary = localized(site.lang, &criticism.summary, criticism.summary_fr.as_deref());
    let title = match criticism.quote.as_deref().filter(|q| !q.is_empty()) {
        Some(quote) => quote.to_string(),
        None => summary.clone(),
    };
    Work {
        key: key("criticism", &criticism.slug),
        kind: WorkKind::Webpage,
        title,
        container_title: Some(TRACKER.into()),
        authors: vec![actor.name.clone()],
        // The tracker is the container; naming it publisher too would print it twice.
        publisher: None,
        issued: criticism.stated_on.clone(),
        url,
        accessed: site.accessed,
        number: None,
        section: None,
        language: None,
        abstract_text: Some(summary),
        note: Some(note),
    }
}

/// A document facts are quoted from, as the kind of document it is; `body` is the
/// text the tracker stores, whose SHA-256 the note gives (quotes are checked against it).
pub fn source(source: &Source, body: &str, site: &Site) -> Work {
    let kind = match source.kind {
        SourceKind::NewsReport => WorkKind::Article,
        SourceKind::ResearchCompilation | SourceKind::OfficialText => WorkKind::Report,
        SourceKind::ForumPost | SourceKind::GeneratedContent => WorkKind::Webpage,
    };
    let page = format!("{}{}", site.base, page_path(EntityType::Source, &source.slug));
    let hash = hex::encode(Sha256::digest(body.as_bytes()));
    let note = match site.lang {
        Lang::En => format!("SHA-256 of the text lawtracker stores: {hash}. Record: {page}"),
        Lang::Fr => format!("SHA-256 du texte conservé par lawtracker : {hash}. Fiche : {page}"),
    };
    Work {
        key: key("source", &source.slug),
        kind,
        title: source.title.clone(),
        container_title: source.publisher.clone().filter(|_| kind == WorkKind::Article),
        authors: Vec::new(),
        publisher: source.publisher.clone(),
        issued: source.published_on.clone(),
        // The original where the source has one online, else the tracker's copy.
        url: source.url.clone().filter(|u| !u.is_empty()).unwrap_or(page),
        accessed: site.accessed,
        number: None,
        section: None,
        language: Some(source.language.clone()).filter(|l| !l.is_empty()),
        abstract_text: None,
        note: Some(note),
    }
}
