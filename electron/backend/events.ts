import type { BackendEvent, EventMap, EventName } from '../../shared/api/dto';
import type { EventBus, EventListener } from './types';

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit<E extends EventName>(name: E, payload: EventMap[E]) {
      const event = { name, payload } as BackendEvent;
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          // A broken subscriber (a closed socket, say) must not break the others or the caller.
          console.error('event listener failed:', error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
