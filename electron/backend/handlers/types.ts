import type { Method, Output, ParsedInput } from '../../../shared/api/contract';
import type { HandlerContext } from '../context';

export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: HandlerContext) => Promise<Output<M>>;

/** A domain's slice of the handler map; the full map must cover every contract method. */
export type HandlersFor<M extends Method> = { [K in M]: Handler<K> };
export type HandlerMap = HandlersFor<Method>;
