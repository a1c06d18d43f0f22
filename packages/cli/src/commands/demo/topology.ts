/** The demo federation: one node per tier level, two regions, four cities. */
export interface DemoNodeSpec {
  readonly name: string;
  readonly tier: 'global' | 'national' | 'regional' | 'leaf';
  readonly territory: string;
  /** A readable city name for the sample posts of a leaf. */
  readonly city?: string;
}

export const demoTopology: readonly DemoNodeSpec[] = [
  { name: 'global-1', tier: 'global', territory: 'GLOBAL' },
  { name: 'us', tier: 'national', territory: 'US' },
  { name: 'us-ca', tier: 'regional', territory: 'US-CA' },
  { name: 'us-ny', tier: 'regional', territory: 'US-NY' },
  { name: 'sf', tier: 'leaf', territory: 'US-CA-SF', city: 'San Francisco' },
  { name: 'la', tier: 'leaf', territory: 'US-CA-LA', city: 'Los Angeles' },
  { name: 'nyc', tier: 'leaf', territory: 'US-NY-NYC', city: 'New York' },
  { name: 'buf', tier: 'leaf', territory: 'US-NY-BUF', city: 'Buffalo' },
];
