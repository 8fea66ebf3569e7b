/** What a card shows of its section's data. */
import type { DossierSection, PortalSectionsFragment } from '../operations/__generated__/client/graphql';
import { formatDate, formatMoney, formatNumber, LABELS, type Lang } from './i18n';

type Person = PortalSectionsFragment;

export function SectionBody({ lang, person: p, section }: { lang: Lang; person: Person; section: DossierSection }) {
  const t = LABELS[lang];
  const none = <p className="empty">{t.none}</p>;
  switch (section) {
    case 'CIVIL_REGISTRY':
      return (
        <dl>
          <dt>IIN</dt>
          <dd>{p.iin}</dd>
          {p.name && (
            <>
              <dt>{t.who}</dt>
              <dd className="name">{p.name.full}</dd>
            </>
          )}
          {p.birthDate && (
            <>
              <dt>{t.born}</dt>
              <dd className="date">{formatDate(p.birthDate)}</dd>
            </>
          )}
          {p.address && (
            <>
              <dt>{t.address}</dt>
              <dd>{p.address.full}</dd>
            </>
          )}
          {(p.documents ?? []).map((d) => (
            <div key={d.number}>
              <dt>{t.document}</dt>
              <dd>
                {d.kind} № {d.number}
                {d.expiresOn ? `, ${t.validUntil} ${formatDate(d.expiresOn)}` : ''}
                {!d.valid && ` (${t.invalid})`}
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'PROPERTY':
      if (!p.realEstate?.length) return none;
      return (
        <ul>
          {p.realEstate.map((r) => (
            <li key={r.cadastralNumber}>
              {r.address.full} — {r.cadastralNumber}, {t.area} {formatNumber(r.area, lang)} м², {r.share.text}
              {r.encumbrances.length > 0 && ` · ${r.encumbrances.map((e) => `${e.kind} (${formatDate(e.since)})`).join(', ')}`}
            </li>
          ))}
        </ul>
      );
    case 'VEHICLES':
      return (
        <>
          {p.vehicles?.length ? (
            <ul>
              {p.vehicles.map((v) => (
                <li key={v.plate}>
                  <span className="plate">{v.plate}</span> {v.make} {v.model}, {v.year}, {v.colour}
                </li>
              ))}
            </ul>
          ) : (
            none
          )}
          {p.drivingLicence && (
            <p>
              {t.licence} № {p.drivingLicence.number}: {p.drivingLicence.categories.join(', ')}, {t.validUntil} {formatDate(p.drivingLicence.expires)}
              {!p.drivingLicence.validToday && ` (${t.invalid})`}
            </p>
          )}
        </>
      );
    case 'HEALTH':
      return (
        <dl>
          {p.polyclinicAttachment && (
            <>
              <dt>{t.attachedTo}</dt>
              <dd>
                {p.polyclinicAttachment.organisation.name}, № {p.polyclinicAttachment.districtNumber} ({formatDate(p.polyclinicAttachment.attachedSince)})
              </dd>
              <dt>{t.doctor}</dt>
              <dd>{p.polyclinicAttachment.doctor.fullName}</dd>
            </>
          )}
          {p.healthInsurance && <dd>{p.healthInsurance.insured ? t.insured : t.notInsured}</dd>}
        </dl>
      );
    case 'FINES':
      return (
        <>
          {p.fines?.length ? (
            <ul>
              {p.fines.map((f) => (
                <li key={f.protocolNumber}>
                  {formatDate(f.offenceDate)} · {f.article.code} {f.article.title}: <span className="money">{formatMoney(f.amount, lang)}</span>; {t.amountDue}{' '}
                  <span className="money">{formatMoney(f.amountDue, lang)}</span>
                  {f.discountDeadline && ` · ${t.discountUntil} ${formatDate(f.discountDeadline)}`}
                </li>
              ))}
            </ul>
          ) : (
            none
          )}
          {(p.debts ?? []).map((d) => (
            <p key={d.proceedingNumber}>
              {d.proceedingNumber}: <span className="money">{formatMoney(d.amount, lang)}</span>
            </p>
          ))}
          {p.travelBan && <p className="warning">{t.travelBan}</p>}
        </>
      );
    case 'QUEUES':
      return (
        <>
          {p.kindergartenQueue?.length
            ? p.kindergartenQueue.map((q) => (
                <p key={q.applicationNumber}>
                  {q.applicationNumber}: {t.position} {q.position ?? '—'} ({q.status})
                </p>
              ))
            : null}
          {p.housingQueue && (
            <p>
              {t.housing}: {t.position} {p.housingQueue.position} ({p.housingQueue.category}, {formatDate(p.housingQueue.since)})
            </p>
          )}
          {!p.kindergartenQueue?.length && !p.housingQueue && none}
        </>
      );
    case 'SERVICE_REQUESTS': {
      const requests = p.serviceRequests;
      if (!requests?.edges.length) return none;
      return (
        <>
          <p>{t.total(requests.totalCount)}</p>
          <ul>
            {requests.edges.map(({ node: r }) => (
              <li key={r.number}>
                {r.number} · {lang === 'kk' ? r.service.name.kk : r.service.name.ru} · {t.requestStatus[r.status]} · {t.due} {formatDate(r.dueDate)}
                {r.overdue && <span className="badge">{t.overdue}</span>}
              </li>
            ))}
          </ul>
        </>
      );
    }
    case 'SOCIAL_BENEFITS':
      if (!p.socialBenefits?.length) return none;
      return (
        <ul>
          {p.socialBenefits.map((b) => (
            <li key={b.decisionNumber}>
              {b.kind} · {b.status} · {formatDate(b.assignedOn)}
              {b.monthlyAmount != null && ` · ${formatMoney(b.monthlyAmount, lang)} ${t.perMonth}`}
              {b.lumpSum != null && ` · ${formatMoney(b.lumpSum, lang)}`}
            </li>
          ))}
        </ul>
      );
    case 'LICENCES':
      if (!p.licences?.length) return none;
      return (
        <ul>
          {p.licences.map((l) => (
            <li key={l.number}>
              {l.number} · {l.activityName} · {l.status} · {formatDate(l.issuedOn)}
            </li>
          ))}
        </ul>
      );
  }
}
