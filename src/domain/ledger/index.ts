export * from './types';
export { decodeSie } from './decode';
export { splitFields } from './fields';
export { SieReader, readSie, readSieText, linesOf, isDate } from './parse';
export { accountRule, parseAccounts, proposeAccountMap, ruleFor } from './account-map';
export type { AccountRule, BudgetLineRef } from './account-map';
export { addMonths, ledgerOutcome, PERIOD_MONTHS, PERIOD_NAMES } from './outcome';
export type { LedgerOutcome, OutcomePeriod, OutcomeResult } from './outcome';
export { ledgerMessages } from '../../text/ledger-import';
