/**
 * Spring Boot 3.5 auto-configuration of the connector SDK: one shared client per national system
 * configured under {@code connector.<system>.*}, the inbound endpoints, the outbox dispatcher on
 * the application's {@code DataSource}, and health per national system. See {@code
 * docs/spring-boot.md}.
 */
package vn.connector.springboot;
