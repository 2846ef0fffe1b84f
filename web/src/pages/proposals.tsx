// Review before publication. A contributor reads here what became of each of their
// proposals (and why one was rejected); an editor or admin reads the queue: who
// proposed what, when, the fields it changes, and approves or rejects it (with a
// reason its author reads). Proposals are not in the `changes` feed (readers never
// see them), so the list is fetched again after each review instead of live.
import { useEffect, useState } from "preact/hooks";
import { graphql } from "../gql";
import type { ProposalsQuery } from "../gql/graphql";
import { request, ApiFailure } from "../api";
import { useT, type Texts } from "../i18n";
import { restore, useAuth, type Credentials } from "../auth";
import { SignInForms } from "./signin";
import { DiffTable } from "./diff";
import { nodePath } from "./paths";

const PROPOSALS = graphql(`
  query Proposals {
    proposals {
      id status operation entityType entitySlug before after
      proposedBy proposedAt reviewedBy reviewedAt reason
    }
  }
`);

const APPROVE = graphql(`
  mutation ApproveProposal($id: ID!) {
    approveProposal(id: $id) { revision { id } proposal { id status } }
  }
`);

const REJECT = graphql(`
  mutation RejectProposal($id: ID!, $reason: String!) {
    rejectProposal(id: $id, reason: $reason) { id status reason }
  }
`);

const CURRENT = graphql(`
  query CurrentRecord($id: ID!, $at: DateTime!) { knownAt(id: $id, at: $at) { after } }
`);

/** The schema's Node type of each record type that has a history (links have none). */
const NODE_TYPES: Partial<Record<string, string>> = {
  LAW: "Law", PROVISION: "Provision", FACILITY: "Facility", INCIDENT: "Incident", ACTOR: "Actor",
  CRITICISM: "Criticism", SOURCE: "Source", CLAIM_QUESTION: "ClaimQuestion",
};

/**
 * The record as it stands now, for a proposal refused because it moved on; its
 * global ID is the Node ID (base64url of `Type:slug`). Undefined for links.
 */
async function currentRecord(p: ProposalView): Promise<unknown> {
  const type = NODE_TYPES[p.entityType];
  if (!type) return undefined;
  const id = btoa(`${type}:${p.entitySlug}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return (await request(CURRENT, { id, at: new Date().toISOString() })).knownAt?.after ?? undefined;
}

type ProposalView = ProposalsQuery["proposals"][number];
type Notice = { ok: boolean; text: string };

/** A failed review in the reader's words: mapped from the API's code, which is never shown. */
function problem(error: unknown, t: Texts): string {
  if (error instanceof ApiFailure) {
    const first = error.errors[0];
    const known = error.code ? t.reviewErrors[error.code] : undefined;
    const version = first?.extensions?.currentVersion;
    if (known) return typeof version === "number" ? `${known} ${t.currentVersionIs(version)}` : known;
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Where an approved proposal's record is read: a link's provision, or the record's own page. */
function publishedPath(p: ProposalView): string | undefined {
  const after = (p.after ?? {}) as { provision?: unknown };
  if ((p.entityType === "PROVISION_CRITICISM" || p.entityType === "PROVISION_INCIDENT") && typeof after.provision === "string") {
    return `/provisions/${after.provision}`;
  }
  if (p.operation === "DELETE") return undefined;
  const typename = p.entityType.charAt(0) + p.entityType.slice(1).toLowerCase();
  return nodePath({ __typename: typename, slug: p.entitySlug });
}

function useWhen(): (rfc3339: string | null | undefined) => string {
  const { lang } = useT();
  const format = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
  return (value) => (value ? `${format.format(new Date(value))} UTC` : "");
}

export function ProposalsPage() {
  const { t } = useT();
  const { auth, checking } = useAuth();
  const [list, setList] = useState<{ proposals?: readonly ProposalView[]; error?: string }>({});
  const [notice, setNotice] = useState<Notice>();
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!auth) return;
    let current = true;
    request(PROPOSALS, {}, auth)
      .then((data) => current && setList({ proposals: data.proposals }))
      .catch((error: unknown) => {
        if (!current) return;
        if (error instanceof ApiFailure && error.code === "UNAUTHENTICATED") void restore();
        setList({ error: problem(error, t) });
      });
    return () => {
      current = false;
    };
  }, [auth, tick, t]);

  if (checking) return <><h1>{t.proposals}</h1><p aria-busy="true">{t.loading}</p></>;
  if (!auth) return <><h1>{t.proposals}</h1><SignInForms /></>;

  // Only a session says its role; a token's holder is offered the buttons and the
  // server decides (a contributor's token is refused, in words).
  const reviewer = auth.kind === "token" || auth.role === "editor" || auth.role === "admin";
  const login = auth.kind === "session" ? auth.login : undefined;
  const waiting = list.proposals?.filter((p) => p.status === "PENDING") ?? [];
  const reviewed = list.proposals?.filter((p) => p.status !== "PENDING") ?? [];
  // Keyed by id below: after a review the list changes, and each card's state (a
  // half-written reason) must stay with its own proposal.
  // `undefined` when a review starts: the last one's notice no longer applies.
  const reviewedOne = (text: string | undefined) => {
    setNotice(text === undefined ? undefined : { ok: true, text });
    if (text !== undefined) setTick((n) => n + 1);
  };

  return (
    <>
      <h1>{t.proposals}</h1>
      <p>{t.proposalsIntro}</p>
      {notice && <p role="status" id="review-status" class={notice.ok ? "ok" : "error"}>{notice.text}</p>}
      {list.error && <p role="alert" class="error">{t.error}{t.colon}{list.error}</p>}
      {!list.proposals && !list.error && <p aria-busy="true">{t.loading}</p>}
      {list.proposals && (
        <>
          <section aria-labelledby="waiting-title">
            <h2 id="waiting-title">{t.waitingTitle}</h2>
            {waiting.length === 0 ? <p>{t.noProposals}</p> : waiting.map((p) => (
              <ProposalItem key={p.id} proposal={p} auth={auth} canReview={reviewer && p.proposedBy !== login} onReviewed={reviewedOne} />
            ))}
          </section>
          <section aria-labelledby="reviewed-title">
            <h2 id="reviewed-title">{t.reviewedTitle}</h2>
            {reviewed.length === 0 ? <p>{t.noProposals}</p> : reviewed.map((p) => (
              <ProposalItem key={p.id} proposal={p} auth={auth} canReview={false} onReviewed={reviewedOne} />
            ))}
          </section>
        </>
      )}
    </>
  );
}

function ProposalItem(props: { proposal: ProposalView; auth: Credentials; canReview: boolean; onReviewed: (text: string | undefined) => void }) {
  const { proposal: p, auth, canReview, onReviewed } = props;
  const { t, label, href } = useT();
  const when = useWhen();
  const published = p.status === "APPROVED" ? publishedPath(p) : undefined;
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // After a CONFLICT: the record as it now stands, to compare with what was proposed.
  const [current, setCurrent] = useState<unknown>();
  const id = `proposal-${p.id}`;
  const verb = t.proposalVerbs[p.operation] ?? label(p.operation);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(undefined);
    setCurrent(undefined);
    onReviewed(undefined);
    try {
      await action();
      onReviewed(done);
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.code === "UNAUTHENTICATED") void restore();
      setError(problem(failure, t));
      if (failure instanceof ApiFailure && failure.code === "CONFLICT") setCurrent(await currentRecord(p).catch(() => undefined));
    } finally {
      setBusy(false);
    }
  };

  const reject = (event: Event) => {
    event.preventDefault();
    if (!reason.trim()) return setError(t.reasonRequired);
    void run(() => request(REJECT, { id: p.id, reason: reason.trim() }, auth), t.rejectedNotice);
  };

  return (
    <article class="proposal" id={id} data-status={p.status} data-slug={p.entitySlug} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {verb}{t.colon}{label(p.entityType)} <code>{p.entitySlug}</code>
      </h3>
      <p class="proposal-meta">
        <span class="proposed-by">{t.proposedBy(p.proposedBy, when(p.proposedAt))}</span>
        {" · "}{t.status}{t.colon}<span class={`status proposal-${p.status}`}>{label(p.status)}</span>
      </p>
      {p.reviewedBy && <p class="reviewed-by">{t.reviewedBy(p.reviewedBy, when(p.reviewedAt))}</p>}
      {p.reason && <p class="reason">{t.reason}{t.colon}{t.open}{p.reason}{t.close}</p>}
      {published && <p><a class="published" href={href(published)}>{t.seePublished}</a></p>}
      <DiffTable before={p.before} after={p.after} caption={t.changedFields} />
      {/* A reviewer's own proposal (made while a contributor): someone else reviews it. */}
      {p.status === "PENDING" && auth.kind === "session" && auth.role !== "contributor" && p.proposedBy === auth.login && (
        <p class="help">{t.ownProposal}</p>
      )}
      {canReview && (
        <div class="review">
          <button type="button" class="approve" disabled={busy} onClick={() => run(() => request(APPROVE, { id: p.id }, auth), t.approvedNotice)}>
            {t.approve}
          </button>{" "}
          {!rejecting && <button type="button" class="reject" disabled={busy} onClick={() => setRejecting(true)}>{t.reject}</button>}
          {rejecting && (
            <form class="reject-form" onSubmit={reject}>
              <label for={`${id}-reason`}>{t.rejectReason}</label>
              <textarea id={`${id}-reason`} class="reject-reason" aria-required="true" rows={2} value={reason}
                aria-describedby={error ? `${id}-error` : undefined}
                onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)} />
              <button type="submit" class="send-rejection" disabled={busy}>{t.sendRejection}</button>{" "}
              <button type="button" onClick={() => { setRejecting(false); setError(undefined); }}>{t.cancel}</button>
            </form>
          )}
        </div>
      )}
      {error && <p role="alert" id={`${id}-error`} class="error review-error">{error}</p>}
      {current !== undefined && (
        <div class="conflict current-record">
          <DiffTable before={current} after={p.after} caption={t.currentAgainstProposal} />
        </div>
      )}
    </article>
  );
}
