package vn.connector.population;

/**
 * Where a bulk run stands; reported after each row.
 *
 * @param done rows finished (verified or failed)
 * @param failed rows that ended in an error
 * @param submitted rows read from the input so far (the total is not known in advance: the input is
 *     streamed)
 */
public record BulkProgress(long done, long failed, long submitted) {}
