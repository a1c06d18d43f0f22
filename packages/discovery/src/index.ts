import './node20.js';

export * from './errors.js';
