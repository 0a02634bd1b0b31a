/**
 * The connector SDK's command line ({@code java -jar connector-cli-<version>.jar}): {@code doctor},
 * {@code simulators}, {@code call}, {@code generate-completion}. Only {@link
 * vn.connector.cli.ConnectorCli} is public; see {@code docs/cli.md}.
 *
 * <pre>{@code
 * int exit = vn.connector.cli.ConnectorCli.run("doctor", "--config", "connector.properties");
 * }</pre>
 */
package vn.connector.cli;
