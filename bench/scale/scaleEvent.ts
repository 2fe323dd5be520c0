import { generateScaleEvent } from './generateScaleEvent';

/**
 * The scale event. In a DATASET=scale build the scaleDataset plugin replaces
 * this module with the generated value as a literal, so the bundle carries
 * the data the way it carries the real data; elsewhere (tests) it is
 * generated here.
 */
export const scaleEvent = generateScaleEvent();
