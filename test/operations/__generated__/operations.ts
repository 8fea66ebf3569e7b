/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type BenefitPayerCode =
  /** The State Corporation «Government for Citizens» (pensions and state allowances from the budget). */
  | 'GOVERNMENT_FOR_CITIZENS'
  /** The local employment and social-programmes office of the akimat (targeted social assistance). */
  | 'LOCAL_EXECUTIVE_BODY'
  /** The State Social Insurance Fund (ГФСС): social-insurance payments. */
  | 'STATE_SOCIAL_INSURANCE_FUND'
  /** The Unified Accumulative Pension Fund (ЕНПФ): pension payments from savings. */
  | 'UNIFIED_PENSION_FUND';

/** What an enforcement proceeding recovers. */
export type DebtRecoveryKind =
  /** Alimony (child support) arrears. */
  | 'ALIMONY'
  /** A bank or microfinance loan. */
  | 'BANK_LOAN'
  /** An unpaid administrative fine passed to enforcement. */
  | 'FINE'
  /** Anything else: utilities, telecoms, court costs, ... */
  | 'OTHER'
  /** Taxes and mandatory payments to the budget. */
  | 'TAX';

export type DoctorSpecialty =
  /** General practitioner (врач общей практики), for adults. */
  | 'GENERAL_PRACTITIONER'
  /** Paediatrician (педиатр), for children under 18. */
  | 'PAEDIATRICIAN';

export type DocumentKind =
  | 'BIRTH_CERTIFICATE'
  | 'ID_CARD'
  | 'PASSPORT';

/** The changes of a dossier the portal notifies of. */
export type DossierChangeKind =
  | 'BENEFIT_ASSIGNED'
  | 'BENEFIT_ENDED'
  /** An identity document expires within 30 days. */
  | 'DOCUMENT_EXPIRING'
  | 'ENCUMBRANCE_IMPOSED'
  | 'ENCUMBRANCE_REMOVED'
  | 'FINE_IMPOSED'
  | 'FINE_PAID'
  | 'KINDERGARTEN_QUEUE_POSITION_CHANGED'
  | 'LICENCE_STATUS_CHANGED'
  | 'PROPERTY_RIGHT_ENDED'
  | 'PROPERTY_RIGHT_STARTED'
  | 'SERVICE_REQUEST_STATUS_CHANGED';

/** The sections of a dossier, one per state system. */
export type DossierSection =
  /** Civil registry: identity, documents, address, family. */
  | 'CIVIL_REGISTRY'
  /** Administrative fines and the debtors registry. */
  | 'FINES'
  /** Polyclinic attachment and health insurance. */
  | 'HEALTH'
  /** Licences and permits, by type of activity (the e-licensing database). */
  | 'LICENCES'
  /** Real-estate cadastre, encumbrances, business register. */
  | 'PROPERTY'
  /** Kindergarten and housing queues. */
  | 'QUEUES'
  /** Public-service requests (E-Kyzmet). */
  | 'SERVICE_REQUESTS'
  /** Social payments and benefits (pensions, allowances, social-insurance payments). */
  | 'SOCIAL_BENEFITS'
  /** Vehicles and driving licences. */
  | 'VEHICLES';

/** Driving-licence categories, as printed on a Kazakhstan licence. */
export type DrivingLicenceCategory =
  /** Motorcycles. */
  | 'A'
  /** Light motorcycles. */
  | 'A1'
  /** Cars up to 3,500 kg and 8 passenger seats. */
  | 'B'
  /** Tricycles and quadricycles. */
  | 'B1'
  /** Category B with a heavy trailer. */
  | 'BE'
  /** Lorries over 3,500 kg. */
  | 'C'
  /** Medium lorries, 3,500 to 7,500 kg. */
  | 'C1'
  /** Category C1 with a heavy trailer. */
  | 'C1E'
  /** Category C with a heavy trailer. */
  | 'CE'
  /** Buses, more than 8 passenger seats. */
  | 'D'
  /** Minibuses, 9 to 16 passenger seats. */
  | 'D1'
  /** Category D1 with a heavy trailer. */
  | 'D1E'
  /** Category D with a heavy trailer. */
  | 'DE'
  /** Trolleybuses. */
  | 'Tb'
  /** Trams. */
  | 'Tm';

export type EncumbranceHolderKind =
  | 'BAILIFF'
  | 'BANK'
  | 'COMPANY'
  | 'COURT'
  | 'INDIVIDUAL';

export type EntrepreneurStatus =
  | 'ACTIVE'
  /** Activity terminated; the registration is kept for the record. */
  | 'CLOSED'
  /** Activity suspended at the entrepreneur's request (tax reporting paused). */
  | 'SUSPENDED';

export type EntrepreneurTaxRegime =
  /** Special regime for peasant or farm households. */
  | 'FARM'
  /** The generally established procedure. */
  | 'GENERAL'
  /** Special regime of retail tax. */
  | 'RETAIL_TAX'
  /** Special regime on the basis of a simplified declaration. */
  | 'SIMPLIFIED_DECLARATION';

/**
 * Where a section's data came from: the state system just now (LIVE), the cache (CACHE), or a
 * copy kept from earlier, served because the state system failed (STALE).
 */
export type FreshnessSource =
  | 'CACHE'
  | 'LIVE'
  | 'STALE';

/** Categories of the housing queue. */
export type HousingQueueCategory =
  /** A person with a disability, or a family raising a child with a disability. */
  | 'DISABILITY'
  /** A family raising four or more minor children. */
  | 'LARGE_FAMILY'
  /** An orphan or a person left without parental care, under 29. */
  | 'ORPHAN'
  /** An employee of a state-funded organisation (school, polyclinic, ...). */
  | 'PUBLIC_SECTOR_EMPLOYEE'
  /** A family with one parent raising minor children. */
  | 'SINGLE_PARENT_FAMILY'
  /** Socially vulnerable layers of the population not listed separately (e.g. pensioners, low-income families). */
  | 'SOCIALLY_VULNERABLE'
  /** A civil servant. */
  | 'STATE_EMPLOYEE';

export type InsuranceStatusReason =
  /** An employer pays the contributions. */
  | 'EMPLOYEE'
  /** No contribution for the recent months: the person gets only the guaranteed volume of free medical care. */
  | 'NOT_INSURED'
  /** The person pays their own contributions (individual entrepreneur, self-employed). */
  | 'SELF_EMPLOYED'
  /** The state pays the contributions (see statePaidCategory). */
  | 'STATE_PAID';

/** Priority categories of the kindergarten queue. */
export type KindergartenQueueCategory =
  /** A child with a disability. */
  | 'DISABILITY'
  /** A child of a parent with a disability of group 1 or 2. */
  | 'DISABLED_PARENT'
  /** No priority right. */
  | 'GENERAL'
  /** A family raising four or more minor children. */
  | 'LARGE_FAMILY'
  /** A child of a family receiving targeted social assistance. */
  | 'LOW_INCOME'
  /** A child of a serviceman or of a special state body's employee. */
  | 'MILITARY_FAMILY'
  /** An orphan or a child left without parental care. */
  | 'ORPHAN';

export type KindergartenQueueStatus =
  /** A direction (путёвка) to a kindergarten has been issued; the parents must take it there. */
  | 'DIRECTION_ISSUED'
  /** The child attends the kindergarten; the application is closed. */
  | 'ENROLLED'
  /** In the queue, waiting for a place. */
  | 'WAITING';

export type LegalEntityRole =
  /** The head of the executive body. */
  | 'DIRECTOR'
  /** A founder, holding a share since the entity's registration. */
  | 'FOUNDER'
  /** A participant who acquired a share later. */
  | 'PARTICIPANT';

export type LicenceHolderKind =
  /** The person registered as an individual entrepreneur. */
  | 'INDIVIDUAL_ENTREPRENEUR'
  /** A legal entity the person holds a share in. */
  | 'LEGAL_ENTITY'
  /** The person in their own name (an advocate, a notary). */
  | 'PERSON';

export type LicenceStatus =
  /** Revoked by a court (deprivation of the licence). */
  | 'REVOKED'
  /** Suspended by the licensor or a court for a period; the activity may not be carried on meanwhile. */
  | 'SUSPENDED'
  /** Terminated: the holder gave it up, closed the business, or the entity was liquidated. */
  | 'TERMINATED'
  /** In force. */
  | 'VALID';

/** Licensed types of activity (the Law «On permits and notifications», Annex 1), the ones this database holds. */
export type LicensedActivity =
  /** Адвокатская деятельность. */
  | 'ADVOCACY'
  /** Хранение и розничная реализация алкогольной продукции. */
  | 'ALCOHOL_RETAIL'
  /** Изыскательская, проектная деятельность и строительно-монтажные работы (категории I-III). */
  | 'CONSTRUCTION'
  /** Образовательная деятельность. */
  | 'EDUCATIONAL'
  /** Медицинская деятельность. */
  | 'MEDICAL'
  /** Нотариальная деятельность. */
  | 'NOTARY'
  /** Перевозка пассажиров автобусами и микроавтобусами в междугородном, межобластном и международном сообщении. */
  | 'PASSENGER_TRANSPORT'
  /** Фармацевтическая деятельность. */
  | 'PHARMACEUTICAL'
  /** Охранная деятельность. */
  | 'SECURITY';

export type MovableEncumbranceKind =
  /** Arrest by a court or a bailiff. */
  | 'ARREST'
  /** Pledge as security for a loan (a car loan, a business loan). */
  | 'PLEDGE';

export type NotificationChannel =
  | 'EMAIL'
  | 'PUSH'
  | 'SMS'
  | 'TELEGRAM';

export type NotificationKindChannelsInput = {
  /** Each channel once; empty: this kind is not notified. */
  channels: Array<NotificationChannel>;
  kind: DossierChangeKind;
};

export type NotificationSettingsInput = {
  /** The channels of these kinds, each kind once; kinds not listed keep theirs. */
  channels?: Array<NotificationKindChannelsInput> | null | undefined;
  /** The quiet hours; null: none; left out: kept. */
  quietHours?: QuietHoursInput | null | undefined;
};

export type QuietHoursInput = {
  /** HH:MM, 00:00 to 23:59 */
  from: string;
  /** HH:MM, 00:00 to 23:59, not the same as `from` */
  to: string;
};

export type RealEstateEncumbranceKind =
  /** Arrest (seizure) by a court or a bailiff: the object cannot be sold. */
  | 'ARREST'
  /** Lease to a tenant. */
  | 'LEASE'
  /** Pledge to a bank as security for a loan (ипотека). */
  | 'MORTGAGE'
  /** Trust management by another person. */
  | 'TRUST_MANAGEMENT';

export type RealEstateKind =
  /** A flat (apartment) in a multi-storey building. */
  | 'FLAT'
  /** A detached house. */
  | 'HOUSE'
  /** A land plot. */
  | 'LAND_PLOT'
  /** Non-residential premises or building: a garage, a shop, an office. */
  | 'NON_RESIDENTIAL';

/** Where a request was submitted. */
export type ServiceChannel =
  /** A local executive body's E-akimat platform. */
  | 'E_AKIMAT'
  /** The eGov mobile app. */
  | 'MOBILE_APP'
  /** The Open dialogue platform. */
  | 'OPEN_DIALOGUE'
  /** The e-government portal egov.kz. */
  | 'PORTAL'
  /** A public service centre (ЦОН / ХҚКО), in person. */
  | 'PSC'
  /** A self-service public access point (terminal). */
  | 'PUBLIC_ACCESS_POINT'
  /** The eGov Telegram bot. */
  | 'TELEGRAM_BOT';

export type ServiceRequestStatus =
  /** The service was rendered; see `resultDocuments`. */
  | 'COMPLETED'
  /** Being processed by the service provider. */
  | 'IN_PROGRESS'
  /** The provider asked the applicant for missing documents. */
  | 'NEEDS_DOCUMENTS'
  /** Refused, with the reason in the status comment. */
  | 'REJECTED'
  /** Received, not yet taken up. */
  | 'SUBMITTED'
  /** Withdrawn by the applicant. */
  | 'WITHDRAWN';

export type Sex =
  | 'FEMALE'
  | 'MALE';

export type SocialBenefitKind =
  /** One-off state allowance on the birth of a child. */
  | 'CHILD_BIRTH_ALLOWANCE'
  /** State allowance for caring for a child, for a parent not insured (or insured for less). */
  | 'CHILD_CARE_ALLOWANCE'
  /** Social-insurance payment for the loss of income while caring for a child (from the State Social Insurance Fund). */
  | 'CHILD_CARE_PAYMENT'
  /** State social allowance for disability. */
  | 'DISABILITY_ALLOWANCE'
  /** Social-insurance payment for the loss of a job, to a registered job seeker. */
  | 'JOB_LOSS_PAYMENT'
  /** State allowance to a large family (four or more children under 18 living with it). */
  | 'LARGE_FAMILY_ALLOWANCE'
  /** Old-age pension (solidarity and basic pension payment), from the pension age. */
  | 'OLD_AGE_PENSION'
  /** Special state allowance (mothers of large families awarded «Алтын алқа», «Күміс алқа», and other categories). */
  | 'SPECIAL_STATE_ALLOWANCE'
  /** State social allowance for the loss of a breadwinner (survivor's). */
  | 'SURVIVOR_ALLOWANCE'
  /** Targeted social assistance to a low-income family. */
  | 'TARGETED_SOCIAL_ASSISTANCE';

export type SocialBenefitStatus =
  /** Assigned and being paid. */
  | 'ASSIGNED'
  /** No longer paid. */
  | 'ENDED'
  /** Payment suspended until its reason is removed. */
  | 'SUSPENDED';

export type SocialBenefitStatusReason =
  /** The child reached the age up to which it is paid. */
  | 'CHILD_REACHED_AGE'
  /** The recipient's identity document has expired. */
  | 'DOCUMENT_EXPIRED'
  /** The family no longer has four children under 18 living with it. */
  | 'FAMILY_NO_LONGER_LARGE'
  /** A one-off payment, paid. */
  | 'ONE_OFF_PAID'
  /** The period it was assigned for has run out. */
  | 'PERIOD_EXPIRED'
  /** The recipient took up work. */
  | 'RECIPIENT_EMPLOYED'
  /** The disability re-examination is overdue. */
  | 'REEXAMINATION_OVERDUE'
  /** The recipient reached the pension age: an old-age pension replaces it. */
  | 'REPLACED_BY_PENSION';

export type FreshnessFragment = { source: FreshnessSource, fetchedAt: string };

export type CivilRegistryFragment = { iin: string, sex: Sex | null, birthDate: string | null, citizenship: string | null, name: { full: string, surname: string, firstName: string, patronymic: string | null } | null, birthPlace: { region: string, city: string } | null, documents: Array<{ kind: DocumentKind, number: string, issuer: string, issuedOn: string, expiresOn: string | null, valid: boolean }> | null, address: { full: string } | null, marriages: Array<{ registeredOn: string, registeredBy: string, maidenName: string | null, dissolvedOn: string | null, spouseName: { full: string } | null }> | null, civilRegistryFreshness: { source: FreshnessSource, fetchedAt: string } | null };

export type PropertyFragment = { realEstate: Array<{ cadastralNumber: string, kind: RealEstateKind, area: number, rightSince: string, address: { full: string }, share: { text: string }, coOwners: Array<{ iin: string }>, encumbrances: Array<{ kind: RealEstateEncumbranceKind, since: string, holder: { kind: EncumbranceHolderKind, name: string } }> }> | null, movablePropertyEncumbrances: Array<{ object: string, kind: MovableEncumbranceKind, since: string, holder: { name: string } }> | null, entrepreneur: { tradeName: string, status: EntrepreneurStatus, registeredOn: string, taxRegime: EntrepreneurTaxRegime } | null, legalEntityShares: Array<{ bin: string, name: string, sharePercent: number | null, role: LegalEntityRole }> | null, propertyFreshness: { source: FreshnessSource, fetchedAt: string } | null };

export type VehiclesFragment = { vehicles: Array<{ plate: string, vin: string, make: string, model: string, year: number, colour: string, registeredSince: string }> | null, drivingLicence: { number: string, categories: Array<DrivingLicenceCategory>, issued: string, expires: string, validToday: boolean } | null, vehiclesFreshness: { source: FreshnessSource, fetchedAt: string } | null };

export type HealthFragment = { polyclinicAttachment: { districtNumber: number, attachedSince: string, organisation: { name: string, city: string }, doctor: { fullName: string, specialty: DoctorSpecialty } } | null, healthInsurance: { insured: boolean, statusReason: InsuranceStatusReason, contributions: Array<{ period: string, amount: number, payer: string }> } | null, healthFreshness: { source: FreshnessSource, fetchedAt: string } | null };

export type FinesFragment = { travelBan: boolean | null, fines: Array<{ protocolNumber: string, amount: number, offenceDate: string, paid: boolean, discountDeadline: string | null, discountAvailable: boolean, amountDue: number, article: { code: string, title: string } }> | null, debts: Array<{ proceedingNumber: string, kind: DebtRecoveryKind, amount: number, travelBan: boolean }> | null, finesFreshness: { source: FreshnessSource, fetchedAt: string } | null };

export type QueuesFragment = { kindergartenQueue: Array<{ applicationNumber: string, position: number | null, status: KindergartenQueueStatus, category: KindergartenQueueCategory, child: { iin: string } }> | null, childrenKindergartenQueue: Array<{ applicationNumber: string, position: number | null, status: KindergartenQueueStatus, child: { iin: string } }> | null, housingQueue: { position: number, category: HousingQueueCategory, since: string } | null, queuesFreshness: { source: FreshnessSource, fetchedAt: string } | null };

export type ServiceRequestsFragment = { serviceRequests: { totalCount: number, edges: Array<{ node: { number: string, status: ServiceRequestStatus, channel: ServiceChannel, dueDate: string, overdue: boolean, service: { code: string, name: { ru: string } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, serviceRequestsFreshness: { source: FreshnessSource, fetchedAt: string } | null };

export type SocialBenefitsFragment = { socialBenefits: Array<{ decisionNumber: string, kind: SocialBenefitKind, status: SocialBenefitStatus, statusReason: SocialBenefitStatusReason | null, assignedOn: string, endsOn: string | null, monthlyAmount: number | null, lumpSum: number | null, payer: { code: BenefitPayerCode, name: string }, child: { iin: string } | null, payments: Array<{ month: string, amount: number, paidOn: string }> }> | null, socialBenefitsFreshness: { source: FreshnessSource, fetchedAt: string } | null };

export type LicencesFragment = { licences: Array<{ number: string, activity: LicensedActivity, activityName: string, subtype: string | null, status: LicenceStatus, statusSince: string, issuedOn: string, licensor: string, holder: { kind: LicenceHolderKind, name: string, bin: string | null }, annexes: Array<{ number: string, subtype: string, placeOfActivity: string | null }> }> | null, licencesFreshness: { source: FreshnessSource, fetchedAt: string } | null };

export type DossierFragment = { iin: string, sex: Sex | null, birthDate: string | null, citizenship: string | null, travelBan: boolean | null, name: { full: string, surname: string, firstName: string, patronymic: string | null } | null, birthPlace: { region: string, city: string } | null, documents: Array<{ kind: DocumentKind, number: string, issuer: string, issuedOn: string, expiresOn: string | null, valid: boolean }> | null, address: { full: string } | null, marriages: Array<{ registeredOn: string, registeredBy: string, maidenName: string | null, dissolvedOn: string | null, spouseName: { full: string } | null }> | null, civilRegistryFreshness: { source: FreshnessSource, fetchedAt: string } | null, realEstate: Array<{ cadastralNumber: string, kind: RealEstateKind, area: number, rightSince: string, address: { full: string }, share: { text: string }, coOwners: Array<{ iin: string }>, encumbrances: Array<{ kind: RealEstateEncumbranceKind, since: string, holder: { kind: EncumbranceHolderKind, name: string } }> }> | null, movablePropertyEncumbrances: Array<{ object: string, kind: MovableEncumbranceKind, since: string, holder: { name: string } }> | null, entrepreneur: { tradeName: string, status: EntrepreneurStatus, registeredOn: string, taxRegime: EntrepreneurTaxRegime } | null, legalEntityShares: Array<{ bin: string, name: string, sharePercent: number | null, role: LegalEntityRole }> | null, propertyFreshness: { source: FreshnessSource, fetchedAt: string } | null, vehicles: Array<{ plate: string, vin: string, make: string, model: string, year: number, colour: string, registeredSince: string }> | null, drivingLicence: { number: string, categories: Array<DrivingLicenceCategory>, issued: string, expires: string, validToday: boolean } | null, vehiclesFreshness: { source: FreshnessSource, fetchedAt: string } | null, polyclinicAttachment: { districtNumber: number, attachedSince: string, organisation: { name: string, city: string }, doctor: { fullName: string, specialty: DoctorSpecialty } } | null, healthInsurance: { insured: boolean, statusReason: InsuranceStatusReason, contributions: Array<{ period: string, amount: number, payer: string }> } | null, healthFreshness: { source: FreshnessSource, fetchedAt: string } | null, fines: Array<{ protocolNumber: string, amount: number, offenceDate: string, paid: boolean, discountDeadline: string | null, discountAvailable: boolean, amountDue: number, article: { code: string, title: string } }> | null, debts: Array<{ proceedingNumber: string, kind: DebtRecoveryKind, amount: number, travelBan: boolean }> | null, finesFreshness: { source: FreshnessSource, fetchedAt: string } | null, kindergartenQueue: Array<{ applicationNumber: string, position: number | null, status: KindergartenQueueStatus, category: KindergartenQueueCategory, child: { iin: string } }> | null, childrenKindergartenQueue: Array<{ applicationNumber: string, position: number | null, status: KindergartenQueueStatus, child: { iin: string } }> | null, housingQueue: { position: number, category: HousingQueueCategory, since: string } | null, queuesFreshness: { source: FreshnessSource, fetchedAt: string } | null, serviceRequests: { totalCount: number, edges: Array<{ node: { number: string, status: ServiceRequestStatus, channel: ServiceChannel, dueDate: string, overdue: boolean, service: { code: string, name: { ru: string } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, serviceRequestsFreshness: { source: FreshnessSource, fetchedAt: string } | null, socialBenefits: Array<{ decisionNumber: string, kind: SocialBenefitKind, status: SocialBenefitStatus, statusReason: SocialBenefitStatusReason | null, assignedOn: string, endsOn: string | null, monthlyAmount: number | null, lumpSum: number | null, payer: { code: BenefitPayerCode, name: string }, child: { iin: string } | null, payments: Array<{ month: string, amount: number, paidOn: string }> }> | null, socialBenefitsFreshness: { source: FreshnessSource, fetchedAt: string } | null, licences: Array<{ number: string, activity: LicensedActivity, activityName: string, subtype: string | null, status: LicenceStatus, statusSince: string, issuedOn: string, licensor: string, holder: { kind: LicenceHolderKind, name: string, bin: string | null }, annexes: Array<{ number: string, subtype: string, placeOfActivity: string | null }> }> | null, licencesFreshness: { source: FreshnessSource, fetchedAt: string } | null };

export type WholeDossierQueryVariables = Exact<{ [key: string]: never; }>;


export type WholeDossierQuery = { me: { iin: string, sex: Sex | null, birthDate: string | null, citizenship: string | null, travelBan: boolean | null, spouse: { iin: string } | null, children: Array<{ iin: string, birthDate: string | null, name: { full: string } | null }> | null, name: { full: string, surname: string, firstName: string, patronymic: string | null } | null, birthPlace: { region: string, city: string } | null, documents: Array<{ kind: DocumentKind, number: string, issuer: string, issuedOn: string, expiresOn: string | null, valid: boolean }> | null, address: { full: string } | null, marriages: Array<{ registeredOn: string, registeredBy: string, maidenName: string | null, dissolvedOn: string | null, spouseName: { full: string } | null }> | null, civilRegistryFreshness: { source: FreshnessSource, fetchedAt: string } | null, realEstate: Array<{ cadastralNumber: string, kind: RealEstateKind, area: number, rightSince: string, address: { full: string }, share: { text: string }, coOwners: Array<{ iin: string }>, encumbrances: Array<{ kind: RealEstateEncumbranceKind, since: string, holder: { kind: EncumbranceHolderKind, name: string } }> }> | null, movablePropertyEncumbrances: Array<{ object: string, kind: MovableEncumbranceKind, since: string, holder: { name: string } }> | null, entrepreneur: { tradeName: string, status: EntrepreneurStatus, registeredOn: string, taxRegime: EntrepreneurTaxRegime } | null, legalEntityShares: Array<{ bin: string, name: string, sharePercent: number | null, role: LegalEntityRole }> | null, propertyFreshness: { source: FreshnessSource, fetchedAt: string } | null, vehicles: Array<{ plate: string, vin: string, make: string, model: string, year: number, colour: string, registeredSince: string }> | null, drivingLicence: { number: string, categories: Array<DrivingLicenceCategory>, issued: string, expires: string, validToday: boolean } | null, vehiclesFreshness: { source: FreshnessSource, fetchedAt: string } | null, polyclinicAttachment: { districtNumber: number, attachedSince: string, organisation: { name: string, city: string }, doctor: { fullName: string, specialty: DoctorSpecialty } } | null, healthInsurance: { insured: boolean, statusReason: InsuranceStatusReason, contributions: Array<{ period: string, amount: number, payer: string }> } | null, healthFreshness: { source: FreshnessSource, fetchedAt: string } | null, fines: Array<{ protocolNumber: string, amount: number, offenceDate: string, paid: boolean, discountDeadline: string | null, discountAvailable: boolean, amountDue: number, article: { code: string, title: string } }> | null, debts: Array<{ proceedingNumber: string, kind: DebtRecoveryKind, amount: number, travelBan: boolean }> | null, finesFreshness: { source: FreshnessSource, fetchedAt: string } | null, kindergartenQueue: Array<{ applicationNumber: string, position: number | null, status: KindergartenQueueStatus, category: KindergartenQueueCategory, child: { iin: string } }> | null, childrenKindergartenQueue: Array<{ applicationNumber: string, position: number | null, status: KindergartenQueueStatus, child: { iin: string } }> | null, housingQueue: { position: number, category: HousingQueueCategory, since: string } | null, queuesFreshness: { source: FreshnessSource, fetchedAt: string } | null, serviceRequests: { totalCount: number, edges: Array<{ node: { number: string, status: ServiceRequestStatus, channel: ServiceChannel, dueDate: string, overdue: boolean, service: { code: string, name: { ru: string } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, serviceRequestsFreshness: { source: FreshnessSource, fetchedAt: string } | null, socialBenefits: Array<{ decisionNumber: string, kind: SocialBenefitKind, status: SocialBenefitStatus, statusReason: SocialBenefitStatusReason | null, assignedOn: string, endsOn: string | null, monthlyAmount: number | null, lumpSum: number | null, payer: { code: BenefitPayerCode, name: string }, child: { iin: string } | null, payments: Array<{ month: string, amount: number, paidOn: string }> }> | null, socialBenefitsFreshness: { source: FreshnessSource, fetchedAt: string } | null, licences: Array<{ number: string, activity: LicensedActivity, activityName: string, subtype: string | null, status: LicenceStatus, statusSince: string, issuedOn: string, licensor: string, holder: { kind: LicenceHolderKind, name: string, bin: string | null }, annexes: Array<{ number: string, subtype: string, placeOfActivity: string | null }> }> | null, licencesFreshness: { source: FreshnessSource, fetchedAt: string } | null } | null };

export type ChildrenDossiersQueryVariables = Exact<{ [key: string]: never; }>;


export type ChildrenDossiersQuery = { me: { iin: string, children: Array<{ iin: string, sex: Sex | null, birthDate: string | null, citizenship: string | null, travelBan: boolean | null, name: { full: string, surname: string, firstName: string, patronymic: string | null } | null, birthPlace: { region: string, city: string } | null, documents: Array<{ kind: DocumentKind, number: string, issuer: string, issuedOn: string, expiresOn: string | null, valid: boolean }> | null, address: { full: string } | null, marriages: Array<{ registeredOn: string, registeredBy: string, maidenName: string | null, dissolvedOn: string | null, spouseName: { full: string } | null }> | null, civilRegistryFreshness: { source: FreshnessSource, fetchedAt: string } | null, realEstate: Array<{ cadastralNumber: string, kind: RealEstateKind, area: number, rightSince: string, address: { full: string }, share: { text: string }, coOwners: Array<{ iin: string }>, encumbrances: Array<{ kind: RealEstateEncumbranceKind, since: string, holder: { kind: EncumbranceHolderKind, name: string } }> }> | null, movablePropertyEncumbrances: Array<{ object: string, kind: MovableEncumbranceKind, since: string, holder: { name: string } }> | null, entrepreneur: { tradeName: string, status: EntrepreneurStatus, registeredOn: string, taxRegime: EntrepreneurTaxRegime } | null, legalEntityShares: Array<{ bin: string, name: string, sharePercent: number | null, role: LegalEntityRole }> | null, propertyFreshness: { source: FreshnessSource, fetchedAt: string } | null, vehicles: Array<{ plate: string, vin: string, make: string, model: string, year: number, colour: string, registeredSince: string }> | null, drivingLicence: { number: string, categories: Array<DrivingLicenceCategory>, issued: string, expires: string, validToday: boolean } | null, vehiclesFreshness: { source: FreshnessSource, fetchedAt: string } | null, polyclinicAttachment: { districtNumber: number, attachedSince: string, organisation: { name: string, city: string }, doctor: { fullName: string, specialty: DoctorSpecialty } } | null, healthInsurance: { insured: boolean, statusReason: InsuranceStatusReason, contributions: Array<{ period: string, amount: number, payer: string }> } | null, healthFreshness: { source: FreshnessSource, fetchedAt: string } | null, fines: Array<{ protocolNumber: string, amount: number, offenceDate: string, paid: boolean, discountDeadline: string | null, discountAvailable: boolean, amountDue: number, article: { code: string, title: string } }> | null, debts: Array<{ proceedingNumber: string, kind: DebtRecoveryKind, amount: number, travelBan: boolean }> | null, finesFreshness: { source: FreshnessSource, fetchedAt: string } | null, kindergartenQueue: Array<{ applicationNumber: string, position: number | null, status: KindergartenQueueStatus, category: KindergartenQueueCategory, child: { iin: string } }> | null, childrenKindergartenQueue: Array<{ applicationNumber: string, position: number | null, status: KindergartenQueueStatus, child: { iin: string } }> | null, housingQueue: { position: number, category: HousingQueueCategory, since: string } | null, queuesFreshness: { source: FreshnessSource, fetchedAt: string } | null, serviceRequests: { totalCount: number, edges: Array<{ node: { number: string, status: ServiceRequestStatus, channel: ServiceChannel, dueDate: string, overdue: boolean, service: { code: string, name: { ru: string } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, serviceRequestsFreshness: { source: FreshnessSource, fetchedAt: string } | null, socialBenefits: Array<{ decisionNumber: string, kind: SocialBenefitKind, status: SocialBenefitStatus, statusReason: SocialBenefitStatusReason | null, assignedOn: string, endsOn: string | null, monthlyAmount: number | null, lumpSum: number | null, payer: { code: BenefitPayerCode, name: string }, child: { iin: string } | null, payments: Array<{ month: string, amount: number, paidOn: string }> }> | null, socialBenefitsFreshness: { source: FreshnessSource, fetchedAt: string } | null, licences: Array<{ number: string, activity: LicensedActivity, activityName: string, subtype: string | null, status: LicenceStatus, statusSince: string, issuedOn: string, licensor: string, holder: { kind: LicenceHolderKind, name: string, bin: string | null }, annexes: Array<{ number: string, subtype: string, placeOfActivity: string | null }> }> | null, licencesFreshness: { source: FreshnessSource, fetchedAt: string } | null }> | null } | null };

export type IdentitySummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentitySummaryQuery = { me: { iin: string, birthDate: string | null, name: { full: string } | null } | null };

export type RefreshSectionsMutationVariables = Exact<{
  sections: Array<DossierSection> | DossierSection;
}>;


export type RefreshSectionsMutation = { refreshDossier: { refreshedSections: Array<DossierSection>, person: { iin: string, sex: Sex | null, birthDate: string | null, citizenship: string | null, travelBan: boolean | null, name: { full: string, surname: string, firstName: string, patronymic: string | null } | null, birthPlace: { region: string, city: string } | null, documents: Array<{ kind: DocumentKind, number: string, issuer: string, issuedOn: string, expiresOn: string | null, valid: boolean }> | null, address: { full: string } | null, marriages: Array<{ registeredOn: string, registeredBy: string, maidenName: string | null, dissolvedOn: string | null, spouseName: { full: string } | null }> | null, civilRegistryFreshness: { source: FreshnessSource, fetchedAt: string } | null, realEstate: Array<{ cadastralNumber: string, kind: RealEstateKind, area: number, rightSince: string, address: { full: string }, share: { text: string }, coOwners: Array<{ iin: string }>, encumbrances: Array<{ kind: RealEstateEncumbranceKind, since: string, holder: { kind: EncumbranceHolderKind, name: string } }> }> | null, movablePropertyEncumbrances: Array<{ object: string, kind: MovableEncumbranceKind, since: string, holder: { name: string } }> | null, entrepreneur: { tradeName: string, status: EntrepreneurStatus, registeredOn: string, taxRegime: EntrepreneurTaxRegime } | null, legalEntityShares: Array<{ bin: string, name: string, sharePercent: number | null, role: LegalEntityRole }> | null, propertyFreshness: { source: FreshnessSource, fetchedAt: string } | null, vehicles: Array<{ plate: string, vin: string, make: string, model: string, year: number, colour: string, registeredSince: string }> | null, drivingLicence: { number: string, categories: Array<DrivingLicenceCategory>, issued: string, expires: string, validToday: boolean } | null, vehiclesFreshness: { source: FreshnessSource, fetchedAt: string } | null, polyclinicAttachment: { districtNumber: number, attachedSince: string, organisation: { name: string, city: string }, doctor: { fullName: string, specialty: DoctorSpecialty } } | null, healthInsurance: { insured: boolean, statusReason: InsuranceStatusReason, contributions: Array<{ period: string, amount: number, payer: string }> } | null, healthFreshness: { source: FreshnessSource, fetchedAt: string } | null, fines: Array<{ protocolNumber: string, amount: number, offenceDate: string, paid: boolean, discountDeadline: string | null, discountAvailable: boolean, amountDue: number, article: { code: string, title: string } }> | null, debts: Array<{ proceedingNumber: string, kind: DebtRecoveryKind, amount: number, travelBan: boolean }> | null, finesFreshness: { source: FreshnessSource, fetchedAt: string } | null, kindergartenQueue: Array<{ applicationNumber: string, position: number | null, status: KindergartenQueueStatus, category: KindergartenQueueCategory, child: { iin: string } }> | null, childrenKindergartenQueue: Array<{ applicationNumber: string, position: number | null, status: KindergartenQueueStatus, child: { iin: string } }> | null, housingQueue: { position: number, category: HousingQueueCategory, since: string } | null, queuesFreshness: { source: FreshnessSource, fetchedAt: string } | null, serviceRequests: { totalCount: number, edges: Array<{ node: { number: string, status: ServiceRequestStatus, channel: ServiceChannel, dueDate: string, overdue: boolean, service: { code: string, name: { ru: string } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, serviceRequestsFreshness: { source: FreshnessSource, fetchedAt: string } | null, socialBenefits: Array<{ decisionNumber: string, kind: SocialBenefitKind, status: SocialBenefitStatus, statusReason: SocialBenefitStatusReason | null, assignedOn: string, endsOn: string | null, monthlyAmount: number | null, lumpSum: number | null, payer: { code: BenefitPayerCode, name: string }, child: { iin: string } | null, payments: Array<{ month: string, amount: number, paidOn: string }> }> | null, socialBenefitsFreshness: { source: FreshnessSource, fetchedAt: string } | null, licences: Array<{ number: string, activity: LicensedActivity, activityName: string, subtype: string | null, status: LicenceStatus, statusSince: string, issuedOn: string, licensor: string, holder: { kind: LicenceHolderKind, name: string, bin: string | null }, annexes: Array<{ number: string, subtype: string, placeOfActivity: string | null }> }> | null, licencesFreshness: { source: FreshnessSource, fetchedAt: string } | null } } };

export type ServiceRequestListQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceRequestListQuery = { me: { serviceRequests: { totalCount: number, edges: Array<{ node: { number: string, status: ServiceRequestStatus, channel: ServiceChannel, dueDate: string, overdue: boolean, service: { name: { ru: string } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type DossierChangesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DossierChangesQuery = { me: { dossierChanges: { edges: Array<{ cursor: string, node: { kind: DossierChangeKind, section: DossierSection, item: string, foundAt: string, before: { text: string, position: number | null, status: string | null, amount: number | null, date: string | null, paid: boolean | null } | null, after: { text: string, position: number | null, status: string | null, amount: number | null, date: string | null, paid: boolean | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type RefreshWithChangesMutationVariables = Exact<{
  sections: Array<DossierSection> | DossierSection;
}>;


export type RefreshWithChangesMutation = { refreshDossier: { refreshedSections: Array<DossierSection>, person: { changesFound: Array<{ kind: DossierChangeKind, section: DossierSection, item: string, foundAt: string, before: { text: string, position: number | null, status: string | null, amount: number | null, date: string | null, paid: boolean | null } | null, after: { text: string, position: number | null, status: string | null, amount: number | null, date: string | null, paid: boolean | null } | null }> } } };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { me: { notificationSettings: { channels: Array<{ kind: DossierChangeKind, channels: Array<NotificationChannel> }>, quietHours: { from: string, to: string } | null } | null } | null };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: NotificationSettingsInput;
}>;


export type UpdateNotificationSettingsMutation = { updateNotificationSettings: { channels: Array<{ kind: DossierChangeKind, channels: Array<NotificationChannel> }>, quietHours: { from: string, to: string } | null } };

export type DossierChangeFragment = { kind: DossierChangeKind, section: DossierSection, item: string, foundAt: string, before: { text: string, position: number | null, status: string | null, amount: number | null, date: string | null, paid: boolean | null } | null, after: { text: string, position: number | null, status: string | null, amount: number | null, date: string | null, paid: boolean | null } | null };

export type DossierChangeValueFragment = { text: string, position: number | null, status: string | null, amount: number | null, date: string | null, paid: boolean | null };

export type NotificationsFragment = { channels: Array<{ kind: DossierChangeKind, channels: Array<NotificationChannel> }>, quietHours: { from: string, to: string } | null };

export type ReadmeExampleQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadmeExampleQuery = { me: { birthDate: string | null, travelBan: boolean | null, name: { full: string } | null, address: { full: string } | null, documents: Array<{ kind: DocumentKind, number: string, expiresOn: string | null, valid: boolean }> | null, marriages: Array<{ registeredOn: string, dissolvedOn: string | null, spouseName: { full: string } | null }> | null, spouse: { iin: string } | null, children: Array<{ iin: string, name: { full: string } | null }> | null, realEstate: Array<{ cadastralNumber: string, area: number, address: { full: string }, share: { text: string }, coOwners: Array<{ iin: string }>, encumbrances: Array<{ kind: RealEstateEncumbranceKind, since: string, holder: { name: string } }> }> | null, vehicles: Array<{ plate: string, vin: string, make: string, model: string, year: number }> | null, drivingLicence: { categories: Array<DrivingLicenceCategory>, expires: string, validToday: boolean } | null, polyclinicAttachment: { districtNumber: number, organisation: { name: string }, doctor: { fullName: string } } | null, healthInsurance: { insured: boolean, contributions: Array<{ period: string, amount: number, payer: string }> } | null, fines: Array<{ amount: number, discountDeadline: string | null, amountDue: number, article: { code: string, title: string } }> | null, debts: Array<{ amount: number, travelBan: boolean }> | null, childrenKindergartenQueue: Array<{ position: number | null, status: KindergartenQueueStatus, child: { iin: string } }> | null, housingQueue: { position: number, category: HousingQueueCategory } | null, serviceRequests: { totalCount: number, edges: Array<{ node: { number: string, dueDate: string, overdue: boolean, service: { name: { ru: string } } } }> } | null, vehiclesFreshness: { source: FreshnessSource, fetchedAt: string } | null } | null };
