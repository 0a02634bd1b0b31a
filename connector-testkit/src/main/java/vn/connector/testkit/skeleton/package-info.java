/** Simulator and JUnit 5 extension of the skeleton connector: the pattern to copy. */
package vn.connector.testkit.skeleton;
