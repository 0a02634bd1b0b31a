/**
 * The national population database (CSDL quốc gia về dân cư, C06): verify a citizen, look up the
 * record, read the household, verify in bulk. Start at {@link
 * vn.connector.population.PopulationClient}.
 *
 * <pre>{@code
 * PopulationClient client = PopulationClient.builder()
 *     .configure(ConnectorConfig.fromEnvironment()
 *         .orElseThrow(() -> new IllegalStateException("CONNECTOR_CONFIG is not set")))
 *     .build();
 * Verification v = client.verify(context,
 *     CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE));
 * }</pre>
 *
 * <p>The records live in {@code vn.connector.population.model}; the SOAP wire mapping and the
 * generated types in {@code vn.connector.population.internal} are not API.
 */
package vn.connector.population;
