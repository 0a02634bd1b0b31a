/**
 * Simulator of the criminal-record system (LLTP) and of VNeID's pushes, with sample declarations.
 *
 * <pre>{@code
 * try (CriminalRecordSimulator sim = CriminalRecordSimulator.start();
 *     CriminalRecordClient client = sim.clientBuilder().build()) {
 *   client.submit(SampleDeclarations.context(), SampleDeclarations.declaration().build());
 *   sim.interruptNextReports(3);   // the next three result reports answer 03
 * }
 * }</pre>
 */
package vn.connector.testkit.criminalrecord;
