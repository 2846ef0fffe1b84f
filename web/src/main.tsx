import { render } from "preact";
import { LocationProvider, Router, Route, useLocation } from "preact-iso";
import { useEffect } from "preact/hooks";
import { useT } from "./i18n";
import { NotFound } from "./components";
import { LawPage } from "./pages/law";
import { ProvisionPage } from "./pages/provision";
import { MapPage } from "./pages/map";
import { TimelinePage } from "./pages/timeline";
import { SearchPage } from "./pages/search";
import { ActorPage } from "./pages/actor";
import { SourcePage } from "./pages/source";
import { IncidentPage, FacilityPage, CriticismPage } from "./pages/entities";
import { CurationPage } from "./pages/curation";
import { ProposalsPage } from "./pages/proposals";
import { restore } from "./auth";
import "./style.css";

function Header() {
  const { t, lang, href } = useT();
  const { path, query } = useLocation();
  const other = lang === "fr" ? "en" : "fr";
  const params = new URLSearchParams(query);
  if (other === "en") params.set("lang", "en");
  else params.delete("lang");
  const switchTo = `${path}${params.toString() ? `?${params}` : ""}`;
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <header>
      <a class="skip" href="#main">{t.skip}</a>
      <nav aria-label={t.nav}>
        <a class="brand" href={href("/")}>lawtracker</a>
        <a href={href("/")}>{t.law}</a>
        <a href={href("/map")}>{t.map}</a>
        <a href={href("/timeline")}>{t.timeline}</a>
        <a href={href("/search")}>{t.search}</a>
        <a href={href("/curation")}>{t.curation}</a>
        <a class="lang" href={switchTo} hrefLang={other} lang={other} aria-label={`${t.language}: ${other === "en" ? "English" : "Français"}`}>
          {other === "en" ? "English" : "Français"}
        </a>
      </nav>
    </header>
  );
}

function App() {
  return (
    <LocationProvider scope="/app">
      <Header />
      <main id="main" tabIndex={-1}>
        <Router>
          <Route path="/app" component={LawPage} />
          <Route path="/app/" component={LawPage} />
          <Route path="/app/provisions/:slug" component={ProvisionPage} />
          <Route path="/app/map" component={MapPage} />
          <Route path="/app/timeline" component={TimelinePage} />
          <Route path="/app/search" component={SearchPage} />
          <Route path="/app/actors/:slug" component={ActorPage} />
          <Route path="/app/sources/:slug" component={SourcePage} />
          <Route path="/app/incidents/:slug" component={IncidentPage} />
          <Route path="/app/facilities/:slug" component={FacilityPage} />
          <Route path="/app/criticisms/:slug" component={CriticismPage} />
          <Route path="/app/curation" component={CurationPage} />
          <Route path="/app/proposals" component={ProposalsPage} />
          <Route default component={NotFound} />
        </Router>
      </main>
    </LocationProvider>
  );
}

// Who is signed in (the session cookie, or this tab's API token), asked once per load.
void restore();
render(<App />, document.getElementById("app")!);
