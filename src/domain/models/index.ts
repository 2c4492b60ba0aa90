// The models every shell reads and writes (ARCHITECTURE.md, "Where each thing lives").
export * from './budget';
export * from './follow-up';
export * from './fye';
export * from './participants';
export * from './social-budget';
export * from './social-report';
export * from './stakeholders';
