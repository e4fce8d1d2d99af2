// Office.js's callback style as promises: an AsyncResult that failed becomes an OfficeError carrying Office's words.
import type { OfficeApi, OfficeAsyncResult, OfficeCallback, OfficeErrorInfo } from './office-api';
import { OfficeError, describeOfficeFailure, type OfficeErrorCode } from './office-error';

/** An Office call that failed, with Office's error as it came (its `name`, e.g. ItemNotSaved, tells kinds apart). */
export class OfficeCallFailed extends Error {
  readonly officeError: OfficeErrorInfo | null;

  constructor(officeError: OfficeErrorInfo | null | undefined) {
    super(describeOfficeFailure(officeError));
    this.name = 'OfficeCallFailed';
    this.officeError = officeError ?? null;
  }
}

/** Calls an Office.js async method and settles with its value, or rejects with OfficeCallFailed. */
export const callOffice = <T>(office: Pick<OfficeApi, 'AsyncResultStatus'>, invoke: (callback: OfficeCallback<T>) => void): Promise<T> =>
  new Promise((resolve, reject) => {
    const settle = (result: OfficeAsyncResult<T>) =>
      result.status === office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(new OfficeCallFailed(result.error));
    try {
      invoke(settle);
    } catch (cause) {
      // Office.js throws synchronously for calls the item does not allow (e.g. read mode).
      reject(new OfficeCallFailed({ code: 0, name: 'Exception', message: describeOfficeFailure(cause) }));
    }
  });

/** The same, with a failure turned into the product's OfficeError of `code`. */
export const callOfficeAs = async <T>(office: Pick<OfficeApi, 'AsyncResultStatus'>, code: OfficeErrorCode, what: string, invoke: (callback: OfficeCallback<T>) => void): Promise<T> => {
  try {
    return await callOffice(office, invoke);
  } catch (cause) {
    const officeMessage = cause instanceof OfficeCallFailed ? cause.message : describeOfficeFailure(cause);
    throw new OfficeError(code, `${what}: ${officeMessage}`, { officeMessage, cause });
  }
};
