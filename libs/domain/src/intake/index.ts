export * from './channel-delivery.schema';
export * from './channel-rules';
export * from './channel-status';
