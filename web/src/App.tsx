/** The Personal Account page: the development login, then the citizen's dossier, their children's, and who read it. */
import { ApolloProvider, useMutation, useQuery } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { useEffect, useMemo, useState } from 'react';
import {
  type DossierSection,
  PortalAccessLogDocument,
  PortalDossierDocument,
  PortalRefreshDocument,
  type PortalSectionsFragment,
  PortalSetSectionHiddenDocument,
} from '../operations/__generated__/client/graphql';
import { createClient, devLogin } from './apollo';
import { formatAgo, formatDateTime, LABELS, LANGS, type Lang } from './i18n';
import { SectionBody } from './SectionBody';
import { type CardProblem, placeOf, problemOf, SECTION_ORDER } from './sections';

/** The demo family (README): who may log in on a development page. */
const DEMO_FAMILY = [
  { iin: '850314301234', who: 'Demo user (EDS), b. 1985' },
  { iin: '870722404561', who: 'His wife, b. 1987' },
  { iin: '210510607895', who: 'Their daughter, b. 2021' },
  { iin: '230901503210', who: 'Their son, b. 2023' },
  { iin: '100202506546', who: 'His son, b. 2010' },
  { iin: '621111309871', who: 'His father, b. 1962' },
];
const LOGINS = ['EDS', 'SMS', 'PASSWORD'] as const;

interface Session {
  token: string;
  iin: string;
  login: string;
}

const SESSION_KEY = 'dossier.session';
const LANG_KEY = 'dossier.lang';

const readSession = (): Session | null => {
  try {
    return JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Session | null;
  } catch {
    return null;
  }
};

export function App() {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) as Lang | null) ?? 'ru');
  const [session, setSession] = useState<Session | null>(readSession);
  const client = useMemo(() => (session ? createClient(session.token) : null), [session]);
  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem(LANG_KEY, lang);
  }, [lang]);
  const t = LABELS[lang];
  const signOut = () => {
    sessionStorage.removeItem(SESSION_KEY);
    void client?.clearStore();
    setSession(null);
  };
  return (
    <div className="page">
      <header className="top">
        <h1>{t.title}</h1>
        <nav className="langs" aria-label="language">
          {LANGS.map((l) => (
            <button
              key={l.lang}
              type="button"
              className={l.lang === lang ? 'on' : ''}
              aria-pressed={l.lang === lang}
              data-lang={l.lang}
              onClick={() => setLang(l.lang)}
            >
              {l.label}
            </button>
          ))}
        </nav>
        <InstallButton label={t.install} />
        {session && (
          <button type="button" className="signout" onClick={signOut}>
            {t.signOut}
          </button>
        )}
      </header>
      {session && client ? (
        <ApolloProvider client={client}>
          <Dossier lang={lang} session={session} />
        </ApolloProvider>
      ) : (
        <Login
          lang={lang}
          onSignedIn={(s) => {
            sessionStorage.setItem(SESSION_KEY, JSON.stringify(s));
            setSession(s);
          }}
        />
      )}
    </div>
  );
}

/** "Install as an app", when the browser offers it (beforeinstallprompt). */
function InstallButton({ label }: { label: string }) {
  const [prompt, setPrompt] = useState<(Event & { prompt: () => Promise<void> }) | null>(null);
  useEffect(() => {
    const offer = (event: Event) => {
      event.preventDefault();
      setPrompt(event as Event & { prompt: () => Promise<void> });
    };
    window.addEventListener('beforeinstallprompt', offer);
    return () => window.removeEventListener('beforeinstallprompt', offer);
  }, []);
  if (!prompt) return null;
  return (
    <button type="button" onClick={() => void prompt.prompt().then(() => setPrompt(null))}>
      {label}
    </button>
  );
}

function Login({ lang, onSignedIn }: { lang: Lang; onSignedIn: (session: Session) => void }) {
  const t = LABELS[lang];
  const [iin, setIin] = useState(DEMO_FAMILY[0]!.iin);
  const [login, setLogin] = useState<string>('EDS');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="login card"
      onSubmit={(event) => {
        event.preventDefault();
        setProblem(null);
        devLogin(iin, login).then(
          (token) => onSignedIn({ token, iin, login }),
          (error: Error) => setProblem(error.message),
        );
      }}
    >
      <p className="note">{t.devLogin}</p>
      <label>
        {t.who}
        <select name="iin" value={iin} onChange={(e) => setIin(e.target.value)}>
          {DEMO_FAMILY.map((m) => (
            <option key={m.iin} value={m.iin}>
              {m.iin} — {m.who}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t.method}</legend>
        {LOGINS.map((m) => (
          <label key={m} className="radio">
            <input type="radio" name="login" value={m} checked={login === m} onChange={() => setLogin(m)} />
            {t[m]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary">
        {t.signIn}
      </button>
      {problem && <p className="problem">{problem}</p>}
    </form>
  );
}

type Person = PortalSectionsFragment;

/** Per card (`<iin>:<section>`): what its last refresh said, and until when a refresh is refused. */
interface CardState {
  errors?: readonly GraphQLFormattedError[];
  retryUntil?: number;
  busy?: boolean;
}

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

function Dossier({ lang, session }: { lang: Lang; session: Session }) {
  const t = LABELS[lang];
  const { data, error, loading } = useQuery(PortalDossierDocument);
  const [refreshMutation] = useMutation(PortalRefreshDocument);
  const [setHiddenMutation] = useMutation(PortalSetSectionHiddenDocument);
  const [cards, setCards] = useState<Record<string, CardState>>({});
  const now = useNow(1000);
  const errors = error?.graphQLErrors ?? [];
  const me = data?.me;

  if (loading && !me) return <p className="loading">{t.loading}</p>;
  if (!me) {
    const first = errors[0] ?? error?.networkError;
    return <p className="problem">{first ? String((first as { message?: string }).message) : t.failed}</p>;
  }

  const hidden = new Set<DossierSection>(me.hiddenSections ?? []);
  const patch = (key: string, state: CardState) => setCards((all) => ({ ...all, [key]: { ...all[key], ...state } }));

  const refresh = async (person: Person, section: DossierSection) => {
    const key = `${person.iin}:${section}`;
    patch(key, { busy: true });
    const result = await refreshMutation({ variables: { sections: [section], iin: person.iin === me.iin ? null : person.iin } });
    const all = (result.errors ?? []) as readonly GraphQLFormattedError[];
    const limited = all.find((e) => e.extensions?.code === 'RATE_LIMITED');
    if (limited) {
      patch(key, { busy: false, retryUntil: Date.now() + Number(limited.extensions?.retryAfterSeconds ?? 60) * 1000 });
      return;
    }
    // the section's own errors in this answer (none: the fresh data replaced whatever failed before)
    patch(key, { busy: false, errors: all.filter((e) => placeOf(e)?.section === section) });
  };

  const setHidden = async (section: DossierSection, hide: boolean) => {
    await setHiddenMutation({ variables: { section, hidden: hide } });
    // shown again: its data is brought fresh, as on the real portal
    if (!hide) await refresh(me, section);
  };

  const errorsOf = (child: number | null, field: string | null) =>
    errors.filter((e) => placeOf(e)?.child === child && (field === null || placeOf(e)?.field === field));
  const childrenProblem = problemOfField(errorsOf(null, 'children'));

  const renderCards = (person: Person, child: number | null) =>
    SECTION_ORDER.filter((s) => !hidden.has(s)).map((section) => {
      const key = `${person.iin}:${section}`;
      const state = cards[key] ?? {};
      const sectionErrors = state.errors ?? errors.filter((e) => placeOf(e)?.child === child && placeOf(e)?.section === section);
      return (
        <Card
          key={key}
          lang={lang}
          person={person}
          section={section}
          problem={problemOf(sectionErrors, section)}
          now={now}
          state={state}
          onRefresh={() => void refresh(person, section)}
          onHide={child === null ? () => void setHidden(section, true) : undefined}
        />
      );
    });

  return (
    <main>
      <p className="whoami" data-login={session.login}>
        {me.name?.full ?? session.iin} · {t[session.login as 'EDS' | 'SMS' | 'PASSWORD']}
      </p>
      {hidden.size > 0 && (
        <section className="hidden-bar" aria-label={t.hidden}>
          <span>{t.hidden}:</span>
          {SECTION_ORDER.filter((s) => hidden.has(s)).map((s) => (
            <button key={s} type="button" data-show={s} onClick={() => void setHidden(s, false)}>
              {t.show}: {t.sections[s]}
            </button>
          ))}
        </section>
      )}
      <div className="cards">{renderCards(me, null)}</div>

      <h2>{t.children}</h2>
      {childrenProblem ? (
        <Problem lang={lang} problem={childrenProblem} />
      ) : (me.children ?? []).length === 0 ? (
        <p>{t.none}</p>
      ) : (
        (me.children ?? []).map((child, index) => (
          <section key={child.iin} className="child" data-child={child.iin}>
            <h3>{child.name?.full ?? child.iin}</h3>
            <div className="cards">{renderCards(child, index)}</div>
          </section>
        ))
      )}

      <h2>{t.accessLog}</h2>
      <AccessLogTable lang={lang} />
    </main>
  );
}

function problemOfField(errors: readonly GraphQLFormattedError[]): CardProblem | null {
  return errors.length === 0 ? null : problemOf(errors, 'CIVIL_REGISTRY');
}

const FRESHNESS_FIELD: Record<DossierSection, keyof Person> = {
  CIVIL_REGISTRY: 'civilRegistryFreshness',
  PROPERTY: 'propertyFreshness',
  VEHICLES: 'vehiclesFreshness',
  HEALTH: 'healthFreshness',
  FINES: 'finesFreshness',
  QUEUES: 'queuesFreshness',
  SERVICE_REQUESTS: 'serviceRequestsFreshness',
  SOCIAL_BENEFITS: 'socialBenefitsFreshness',
  LICENCES: 'licencesFreshness',
};

function Card(props: {
  lang: Lang;
  person: Person;
  section: DossierSection;
  problem: CardProblem | null;
  now: number;
  state: CardState;
  onRefresh: () => void;
  onHide?: () => void;
}) {
  const { lang, person, section, problem, now, state } = props;
  const t = LABELS[lang];
  const freshness = person[FRESHNESS_FIELD[section]] as { source: string; fetchedAt: string } | null | undefined;
  const waitSeconds = state.retryUntil ? Math.ceil((state.retryUntil - now) / 1000) : 0;
  const cardState = problem?.kind === 'eds' && problem.partial ? 'partial' : (problem?.kind ?? 'ok');
  const showData = !problem || (problem.kind === 'eds' && problem.partial);
  return (
    <article className={`card state-${cardState}`} data-section={section} data-person={person.iin} data-state={cardState}>
      <header>
        <h3>{t.sections[section]}</h3>
        <div className="actions">
          {/* nothing to refresh on a card this login may not see */}
          {(showData || problem?.kind === 'down') && (
            <button type="button" className="refresh" disabled={state.busy || waitSeconds > 0} onClick={props.onRefresh}>
              {t.refresh}
            </button>
          )}
          {props.onHide && (
            <button type="button" className="hide" onClick={props.onHide}>
              {t.hide}
            </button>
          )}
        </div>
      </header>
      {freshness && (
        <p className="freshness" data-source={freshness.source}>
          {t.updated(formatAgo(freshness.fetchedAt, now, lang))}
          {freshness.source === 'STALE' && <span className="badge stale">{t.stale}</span>}
        </p>
      )}
      {freshness?.source === 'STALE' && <p className="note">{t.staleNote}</p>}
      {waitSeconds > 0 && (
        <p className="countdown" role="status" data-seconds={waitSeconds}>
          {t.retryIn(waitSeconds)}
        </p>
      )}
      {showData && <SectionBody lang={lang} person={person} section={section} />}
      {problem && <Problem lang={lang} problem={problem} />}
    </article>
  );
}

function Problem({ lang, problem }: { lang: Lang; problem: CardProblem }) {
  const t = LABELS[lang];
  const text = problem.kind === 'eds' ? t.edsRequired : problem.kind === 'down' ? t.down : problem.kind === 'forbidden' ? t.forbidden : t.failed;
  return (
    <p className={`problem problem-${problem.kind}`} data-problem={problem.kind} data-code={'code' in problem ? problem.code : undefined}>
      {text}
    </p>
  );
}

function AccessLogTable({ lang }: { lang: Lang }) {
  const t = LABELS[lang];
  const { data, error, loading } = useQuery(PortalAccessLogDocument, { fetchPolicy: 'network-only' });
  if (loading && !data) return <p className="loading">{t.loading}</p>;
  const problem = problemOfField((error?.graphQLErrors ?? []).filter((e) => placeOf(e)?.field === 'accessLog'));
  if (problem) return <Problem lang={lang} problem={problem} />;
  const me = data?.me;
  const edges = me?.accessLog?.edges ?? [];
  if (!me || edges.length === 0) return <p>{t.none}</p>;
  return (
    <div className="table-scroll">
      <table className="access-log">
        <thead>
          <tr>
            <th>{t.when}</th>
            <th>{t.sectionsColumn}</th>
            <th>{t.reader}</th>
            <th>{t.relation}</th>
            <th>{t.login}</th>
            <th>{t.client}</th>
          </tr>
        </thead>
        <tbody>
          {edges.map(({ node }) => (
            <tr key={node.requestId}>
              <td>{formatDateTime(node.at)}</td>
              <td>{node.sections.map((s) => t.sections[s]).join(', ')}</td>
              <td>{node.reader.iin === me.iin ? t.you : node.reader.iin}</td>
              <td>{node.relation}</td>
              <td>{t[node.login]}</td>
              <td>{node.client}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
