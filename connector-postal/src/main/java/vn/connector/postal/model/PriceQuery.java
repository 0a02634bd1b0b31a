package vn.connector.postal.model;

import java.util.Objects;

/**
 * What a parcel of the public-administration service ({@code HCC}) would cost.
 *
 * <pre>{@code
 * PriceQuery query = new PriceQuery(500, deskLocation, citizenLocation, true);
 * }</pre>
 *
 * @param weightGrams the parcel's weight, 1 to 30,000 grams
 * @param from where it is handed in
 * @param to where it goes
 * @param withReturn whether the price includes sending the result back ({@code isreturn})
 */
public record PriceQuery(int weightGrams, Location from, Location to, boolean withReturn) {

  public PriceQuery {
    if (weightGrams < 1 || weightGrams > 30_000) {
      throw new IllegalArgumentException("weightGrams: must be 1-30000, was " + weightGrams);
    }
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
