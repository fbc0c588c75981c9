// Short names for the schemas of the services' documents that the pages use.
import type { components as Audit } from './generated/audit';
import type { components as Contract } from './generated/contract';
import type { components as Membership } from './generated/membership';

type MembershipSchemas = Membership['schemas'];
export type FormConsortiumBody = MembershipSchemas['FormConsortiumBody'];
export type DirectoryEntry = MembershipSchemas['DirectoryEntryView'];
export type ConsortiumView = MembershipSchemas['ConsortiumView'];
export type ConsortiumAuthority = MembershipSchemas['ConsortiumAuthorityView'];
export type MemberView = MembershipSchemas['MemberView'];
export type CostSharesView = MembershipSchemas['CostSharesView'];
export type CaoView = MembershipSchemas['CaoView'];
export type CensusListEntry = MembershipSchemas['CensusListEntryView'];
export type CensusView = MembershipSchemas['CensusView'];
export type OpenCensusBody = MembershipSchemas['OpenCensusBody'];
export type NeedBody = MembershipSchemas['NeedBody'];
export type ApplyBody = MembershipSchemas['ApplyBody'];
export type DeliberationBody = MembershipSchemas['DeliberationBody'];
export type JobBody = MembershipSchemas['JobBody'];
export type ImportReport = MembershipSchemas['ImportReportBody'];
export type ImportRow = MembershipSchemas['ImportRowResultBody'];
export type TimelineAct = Audit['schemas']['TimelineActView'];
export type ContractSummary = Contract['schemas']['ContractSummaryView'];
export type ComplianceEntry = Audit['schemas']['ComplianceEntryView'];
