import {
  SqlCommandType,
  SqlDbType,
  SqlExecutionMode,
  SqlParameterDirection,
  type SqlCommand,
  type SqlParameter,
} from '@halo-fhir/fhir-client/sql';

/** A request body Halo would refuse with a 400, and why. */
export interface InvalidBody {
  readonly invalid: string;
}

/** An accepted immediate or async query body, defaults applied. */
export interface QueryBody {
  readonly command: Required<Pick<SqlCommand, 'text' | 'executionMode' | 'type'>> & {
    readonly parameters: readonly SqlParameter[];
  };
  readonly catalogue: string | undefined;
  readonly maxTimeInQueue: number;
}

/** An accepted registered query body. */
export interface RegisteredBody {
  readonly name: string;
  readonly registeredQueryType: string;
  readonly frequency: number;
  readonly duration: number;
  readonly command: QueryBody['command'];
}

/** `maxTimeInQueue` bounds and defaults in ms (reference §1.1). */
export const queueLimits = {
  immediate: { max: 60_000, default: 30_000 },
  async: { max: 7_200_000, default: 3_600_000 },
} as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const oneOf = (values: object, value: unknown): boolean => Object.values(values).includes(value);

/** Parses JSON, or says it is not JSON. */
export function readJson(body: string): unknown | InvalidBody {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return { invalid: 'The request body is not valid JSON.' };
  }
}

/** True for what the readers return when Halo would refuse the body. */
export function isInvalid(value: unknown): value is InvalidBody {
  return isObject(value) && typeof value.invalid === 'string' && Object.keys(value).length === 1;
}

function readParameter(value: unknown, index: number): SqlParameter | InvalidBody {
  const where = `command.parameters[${index}]`;
  if (!isObject(value)) return { invalid: `${where} must be an object.` };
  if (typeof value.name !== 'string' || value.name === '') return { invalid: `${where}.name is required.` };
  if (!oneOf(SqlDbType, value.type))
    return { invalid: `${where}.type '${String(value.type)}' is not a valid type.` };
  if (value.direction !== undefined && !oneOf(SqlParameterDirection, value.direction)) {
    return {
      invalid: `${where}.direction '${String(value.direction)}' must be input, output, inputOutput or returnValue.`,
    };
  }
  if (value.value !== undefined && value.value !== null && typeof value.value !== 'string') {
    return { invalid: `${where}.value must be a string or null.` };
  }
  if (value.size !== undefined && (typeof value.size !== 'number' || !Number.isInteger(value.size))) {
    return { invalid: `${where}.size must be an integer.` };
  }
  return value as unknown as SqlParameter;
}

/** Validates a `command` object as Halo would: `text` required, known mode, type and parameters. */
export function readCommand(value: unknown, where = 'command'): QueryBody['command'] | InvalidBody {
  if (!isObject(value)) return { invalid: `${where} is required.` };
  if (typeof value.text !== 'string' || value.text.trim() === '')
    return { invalid: `${where}.text is required.` };
  const executionMode = value.executionMode ?? SqlExecutionMode.Reader;
  if (!oneOf(SqlExecutionMode, executionMode)) {
    return {
      invalid: `${where}.executionMode '${String(executionMode)}' must be reader, scalar or nonQuery.`,
    };
  }
  const type = value.type ?? SqlCommandType.Text;
  if (!oneOf(SqlCommandType, type))
    return { invalid: `${where}.type '${String(type)}' must be text or storedProcedure.` };
  const raw = value.parameters ?? [];
  if (!Array.isArray(raw)) return { invalid: `${where}.parameters must be an array.` };
  const parameters: SqlParameter[] = [];
  for (const [index, entry] of raw.entries()) {
    const parameter = readParameter(entry, index);
    if (isInvalid(parameter)) return parameter;
    parameters.push(parameter);
  }
  return {
    text: value.text,
    executionMode: executionMode as SqlExecutionMode,
    type: type as SqlCommandType,
    parameters,
  };
}

/** Validates an immediate or async query body. */
export function readQueryBody(body: string, mode: 'immediate' | 'async'): QueryBody | InvalidBody {
  const json = readJson(body);
  if (isInvalid(json)) return json;
  if (!isObject(json)) return { invalid: 'The request body must be a JSON object.' };
  const command = readCommand(json.command);
  if (isInvalid(command)) return command;
  if (json.catalogue !== undefined && json.catalogue !== null && typeof json.catalogue !== 'string') {
    return { invalid: 'catalogue must be a string.' };
  }
  const limits = queueLimits[mode];
  const maxTimeInQueue = json.maxTimeInQueue ?? limits.default;
  if (
    typeof maxTimeInQueue !== 'number' ||
    !Number.isInteger(maxTimeInQueue) ||
    maxTimeInQueue < 0 ||
    maxTimeInQueue > limits.max
  ) {
    return {
      invalid: `maxTimeInQueue must be an integer from 0 to ${limits.max} ms for ${mode} queries, got ${JSON.stringify(maxTimeInQueue)}.`,
    };
  }
  return {
    command,
    catalogue: typeof json.catalogue === 'string' ? json.catalogue : undefined,
    maxTimeInQueue,
  };
}

/** Validates a registered query body: all five fields, frequency ≥ 60 s, duration ≤ 86,400 s. */
export function readRegisteredBody(body: string): RegisteredBody | InvalidBody {
  const json = readJson(body);
  if (isInvalid(json)) return json;
  if (!isObject(json)) return { invalid: 'The request body must be a JSON object.' };
  if (typeof json.name !== 'string' || json.name === '') return { invalid: 'name is required.' };
  if (json.registeredQueryType !== 'query') {
    return {
      invalid: `registeredQueryType must be 'query', got ${JSON.stringify(json.registeredQueryType ?? null)}.`,
    };
  }
  const { frequency, duration } = json;
  if (typeof frequency !== 'number' || !Number.isInteger(frequency) || frequency < 60) {
    return {
      invalid: `frequency must be an integer number of seconds, at least 60, got ${JSON.stringify(frequency ?? null)}.`,
    };
  }
  if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 1 || duration > 86_400) {
    return {
      invalid: `duration must be an integer number of seconds from 1 to 86400, got ${JSON.stringify(duration ?? null)}.`,
    };
  }
  if (!isObject(json.registerCommand)) return { invalid: 'registerCommand is required.' };
  const command = readCommand(json.registerCommand.command, 'registerCommand.command');
  if (isInvalid(command)) return command;
  return { name: json.name, registeredQueryType: json.registeredQueryType, frequency, duration, command };
}

/** The query ids of a `POST queries/status` body. */
export function readStatusBody(body: string): readonly string[] | InvalidBody {
  const json = readJson(body);
  if (isInvalid(json)) return json;
  if (
    !isObject(json) ||
    !Array.isArray(json.queryIds) ||
    !json.queryIds.every((id) => typeof id === 'string')
  ) {
    return { invalid: 'queryIds must be an array of query ids.' };
  }
  return json.queryIds as string[];
}
