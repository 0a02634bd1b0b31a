/**
 * Simulators of the national endpoints for integration tests, built on WireMock, following the wire
 * contracts exactly and refusing what the real systems refuse; fault injection ({@link
 * vn.connector.testkit.FaultInjector}); JUnit 5 extensions per system; and a standalone runner
 * ({@link vn.connector.testkit.SimulatorsMain}) for portals written in anything.
 *
 * <pre>{@code
 * @ExtendWith(PopulationSimulatorExtension.class)
 * class VerifyTest {
 *   @Test
 *   void retriesWhenBusy(PopulationSimulator simulator, PopulationClient client) {
 *     simulator.faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(2)));
 *     assertThat(client.verify(context, query).matched()).isTrue();
 *   }
 * }
 * }</pre>
 */
package vn.connector.testkit;
