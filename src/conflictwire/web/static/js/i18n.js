// Interface strings in English and French; the data (actor names, places) stays as stored.
const S = {
  en: {
    escalations: "Escalations", esc_week: "Week of {week}: each region's weekly events over half a year, with the bound "
      + "a region's usual range allowed each week (dashed); out of range first.",
    esc_row: "events {obs} (expected {exp}, bound {up}) · killed {kobs} (bound {kup})", esc_flag: "out of its usual range",
    rv_title: "review", rv_dashboard: "Dashboard", rv_key: "API key (analyst)", rv_load: "Load the queue",
    rv_keys_help: "Keys: j / k next / previous · c confirm · x reject · e edit · Ctrl+Enter save",
    rv_queue: "Waiting for review (least certain first)", rv_type: "Event type", rv_sub: "Sub-event type",
    rv_actor1: "Actor 1", rv_actor2: "Actor 2", rv_location: "Location", rv_admin1: "Region (admin1)",
    rv_lat: "Latitude", rv_lon: "Longitude", rv_date: "Date", rv_fat: "Fatalities", rv_low: "Low", rv_high: "High",
    rv_comment: "Comment", rv_save: "Save corrections", rv_confirm: "Confirm", rv_reject: "Reject",
    rv_item: "{date} · {sub} · {place} · {fat} killed · confidence {conf}", rv_unsure: "unsure: {fields}",
    rv_no_date: "no date", rv_empty: "Nothing waits for review.", rv_nothing: "Nothing changed.",
    rv_saved: "Saved: {fields}.", rv_confirmed: "Confirmed.",
    rv_rejected: "Rejected: it leaves the events, exports and alerts.", rv_http: "HTTP {status}: {detail}",
    rv_report: "report",
    skip: "Skip to the event table", subtitle: "political violence in the Sahel", filters: "Filters",
    country: "Country", admin1: "Region", event_type: "Event type", actor: "Actor",
    min_fatalities: "Fatalities at least", from: "From", to: "To", any: "Any",
    active_filters: "Active filters", remove_filter: "Remove filter", map: "Map", zoom_in: "Zoom in",
    zoom_out: "Zoom out", reset_view: "Reset view",
    map_help: "Map of events; arrow keys pan, plus and minus zoom; Tab reaches the markers",
    timeline: "Weekly events", brush_hint: "Drag across the chart to filter by dates (or use From/To above).",
    clear_dates: "Clear dates", table: "Events", download_csv: "Download CSV", download_geojson: "Download GeoJSON",
    dl_note: "Downloads hold the {n} events that match the filters.", show_more: "Show more",
    close: "Close", subscribe: "Subscribe to alerts", sub_name: "Name", countries: "Countries",
    sub_admin1: "Regions (comma-separated)", near: "Near a point", lat: "Latitude", lon: "Longitude",
    km: "Radius (km)", sub_actors: "Actors (comma-separated)", event_types: "Event types",
    webhook: "Webhook URL", email: "Email", api_key: "API key", use_filters: "Use current filters",
    create_sub: "Create subscription", sub_created: "Subscription created", sub_error: "The server refused",
    sub_network: "Could not reach the server", sub_alerts: "Alerts of this subscription (live)",
    footer: "Data: conflictwire's own extraction from news reports; every field links to its evidence. Places: GeoNames (geonames.org), CC BY 4.0.",
    count: "{n} of {t} events", live_on: "Live: new events appear here", live_off: "Live updates paused, reconnecting…",
    new_event: "New event: {s}", updated_event: "Updated event: {s}",
    date: "Date", location: "Place", type: "Type", sub_type: "Sub-type", actor1: "Actor 1", actor2: "Actor 2",
    weapons: "Weapons", fatalities: "Fatalities", precision: "Geo precision", sources: "Sources", confidence: "Confidence",
    prec1: "exact place", prec2: "near the place", prec3: "region only",
    legend_size: "Size: fatalities", legend_prec: "Solid: exact place · ring: near it · dashed: region only",
    cluster: "{n} events, zoom in", marker: "{type}, {place}, {date}, {fat} killed",
    reports: "Reports", outlet: "Outlet", published: "Published", link: "Link", evidence: "Evidence",
    who_said: "Which report said what", field: "Field", merged: "Merged from {n} reports",
    reason: "Why merged", no_text: "No text stored.", unknown: "unknown",
    lab_actor: "actor", lab_place: "place", lab_toll: "toll", lab_date: "date", lab_weapon: "weapon", lab_event: "event",
    weeks_chart: "Weekly event counts by type, {a} to {b}", sort_by: "Sort by {c}",
    showing: "Showing {n} of {t}",
    "Battles": "Battles", "Explosions/Remote violence": "Explosions/Remote violence",
    "Violence against civilians": "Violence against civilians", "Protests": "Protests", "Riots": "Riots",
    "Strategic developments": "Strategic developments",
  },
  fr: {
    escalations: "Escalades", esc_week: "Semaine du {week} : les événements de chaque région, semaine par semaine sur "
      + "six mois, avec la borne de son niveau habituel (tirets) ; hors norme d'abord.",
    esc_row: "événements {obs} (attendus {exp}, borne {up}) · morts {kobs} (borne {kup})", esc_flag: "hors de son niveau habituel",
    rv_title: "relecture", rv_dashboard: "Tableau de bord", rv_key: "Clé d'API (analyste)", rv_load: "Charger la file",
    rv_keys_help: "Touches : j / k suivant / précédent · c confirmer · x rejeter · e modifier · Ctrl+Entrée enregistrer",
    rv_queue: "À relire (les moins sûrs d'abord)", rv_type: "Type d'événement", rv_sub: "Sous-type",
    rv_actor1: "Acteur 1", rv_actor2: "Acteur 2", rv_location: "Lieu", rv_admin1: "Région (admin1)",
    rv_lat: "Latitude", rv_lon: "Longitude", rv_date: "Date", rv_fat: "Morts", rv_low: "Bas", rv_high: "Haut",
    rv_comment: "Commentaire", rv_save: "Enregistrer les corrections", rv_confirm: "Confirmer", rv_reject: "Rejeter",
    rv_item: "{date} · {sub} · {place} · {fat} morts · confiance {conf}", rv_unsure: "incertain : {fields}",
    rv_no_date: "sans date", rv_empty: "Rien à relire.", rv_nothing: "Rien n'a changé.",
    rv_saved: "Enregistré : {fields}.", rv_confirmed: "Confirmé.",
    rv_rejected: "Rejeté : il quitte les événements, les exports et les alertes.", rv_http: "HTTP {status} : {detail}",
    rv_report: "dépêche",
    skip: "Aller au tableau des événements", subtitle: "violence politique au Sahel", filters: "Filtres",
    country: "Pays", admin1: "Région", event_type: "Type d'événement", actor: "Acteur",
    min_fatalities: "Morts, au moins", from: "Du", to: "Au", any: "Tous",
    active_filters: "Filtres actifs", remove_filter: "Retirer le filtre", map: "Carte", zoom_in: "Zoomer",
    zoom_out: "Dézoomer", reset_view: "Vue initiale",
    map_help: "Carte des événements ; flèches pour déplacer, plus et moins pour zoomer ; Tab atteint les marqueurs",
    timeline: "Événements par semaine", brush_hint: "Glissez sur le graphique pour filtrer par dates (ou Du/Au ci-dessus).",
    clear_dates: "Effacer les dates", table: "Événements", download_csv: "Télécharger en CSV",
    download_geojson: "Télécharger en GeoJSON", dl_note: "Les téléchargements contiennent les {n} événements filtrés.",
    show_more: "Afficher plus", close: "Fermer", subscribe: "S'abonner aux alertes", sub_name: "Nom",
    countries: "Pays", sub_admin1: "Régions (séparées par des virgules)", near: "Près d'un point",
    lat: "Latitude", lon: "Longitude", km: "Rayon (km)", sub_actors: "Acteurs (séparés par des virgules)",
    event_types: "Types d'événement", webhook: "URL de webhook", email: "Courriel", api_key: "Clé d'API",
    use_filters: "Reprendre les filtres", create_sub: "Créer l'abonnement", sub_created: "Abonnement créé",
    sub_error: "Le serveur a refusé", sub_network: "Serveur injoignable",
    sub_alerts: "Alertes de cet abonnement (en direct)",
    footer: "Données : extraction de conflictwire à partir d'articles ; chaque champ renvoie à sa source. Lieux : GeoNames (geonames.org), CC BY 4.0.",
    count: "{n} événements sur {t}", live_on: "En direct : les nouveaux événements s'affichent ici",
    live_off: "Direct interrompu, reconnexion…", new_event: "Nouvel événement : {s}", updated_event: "Événement mis à jour : {s}",
    date: "Date", location: "Lieu", type: "Type", sub_type: "Sous-type", actor1: "Acteur 1", actor2: "Acteur 2",
    weapons: "Armes", fatalities: "Morts", precision: "Précision géo.", sources: "Sources", confidence: "Confiance",
    prec1: "lieu exact", prec2: "près du lieu", prec3: "région seulement",
    legend_size: "Taille : nombre de morts", legend_prec: "Plein : lieu exact · anneau : à proximité · pointillé : région seulement",
    cluster: "{n} événements, zoomer", marker: "{type}, {place}, {date}, {fat} morts",
    reports: "Articles", outlet: "Média", published: "Publié le", link: "Lien", evidence: "Preuves",
    who_said: "Quel article dit quoi", field: "Champ", merged: "Fusion de {n} articles",
    reason: "Motif de la fusion", no_text: "Aucun texte enregistré.", unknown: "inconnu",
    lab_actor: "acteur", lab_place: "lieu", lab_toll: "bilan", lab_date: "date", lab_weapon: "arme", lab_event: "événement",
    weeks_chart: "Événements par semaine et par type, du {a} au {b}", sort_by: "Trier par {c}",
    showing: "{n} affichés sur {t}",
    "Battles": "Batailles", "Explosions/Remote violence": "Explosions/violence à distance",
    "Violence against civilians": "Violence contre les civils", "Protests": "Manifestations", "Riots": "Émeutes",
    "Strategic developments": "Développements stratégiques",
  },
};

let lang = "en";
try {
  lang = localStorage.getItem("cw-lang") || (navigator.language || "en").slice(0, 2);
} catch { /* storage blocked */ }
if (!S[lang]) lang = "en";

export function t(key, vars = {}) {
  const s = (S[lang] && S[lang][key]) ?? S.en[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => (vars[k] ?? ""));
}

export function getLang() { return lang; }

export function setLang(l) {
  lang = S[l] ? l : "en";
  try { localStorage.setItem("cw-lang", lang); } catch { /* ignore */ }
  applyStatic();
}

export function applyStatic() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll("[data-i18n-aria]")) el.setAttribute("aria-label", t(el.dataset.i18nAria));
  const other = lang === "en" ? "fr" : "en";
  const btn = document.getElementById("lang");
  btn.textContent = other.toUpperCase();
  btn.setAttribute("lang", other);
  btn.setAttribute("aria-label", other === "fr" ? "Français" : "English");
}

export const TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
  "Strategic developments"];
export const COLORS = {
  "Battles": "#c0392b", "Explosions/Remote violence": "#d35400", "Violence against civilians": "#7d3c98",
  "Protests": "#2471a3", "Riots": "#138d75", "Strategic developments": "#5d6d7e",
};
