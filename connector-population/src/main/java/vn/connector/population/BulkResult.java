package vn.connector.population;

import java.util.Optional;
import vn.connector.population.model.Verification;

/**
 * The outcome of one row of a bulk verification: a {@link Verification}, or the error that row met
 * (bad input, the service said no, transport failure). A failed row never stops the run.
 *
 * @param index position of the row in the input, from 0
 * @param key how the caller finds the row again: the CSV line number, or the index as text
 */
public record BulkResult(
    long index, String key, Verification verification, RuntimeException error) {

  static BulkResult success(long index, String key, Verification verification) {
    return new BulkResult(index, key, verification, null);
  }

  static BulkResult failure(long index, String key, RuntimeException error) {
    return new BulkResult(index, key, null, error);
  }

  public boolean isSuccess() {
    return error == null;
  }

  /** The verification, absent when the row failed. */
  public Optional<Verification> result() {
    return Optional.ofNullable(verification);
  }

  /** The error, absent when the row was verified. */
  public Optional<RuntimeException> failure() {
    return Optional.ofNullable(error);
  }
}
