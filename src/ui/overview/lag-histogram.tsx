/** The issuance histogram moved to ui/shared (the timeline view draws it too at scale); kept here for the overview's imports. */
export { LagHistogram } from '../shared/lag-histogram.tsx';
