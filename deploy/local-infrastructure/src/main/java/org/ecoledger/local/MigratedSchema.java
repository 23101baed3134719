package org.ecoledger.local;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

/** A schema of the tests' shared PostgreSQL with Axon's and one service's migrations applied, for tests below the Spring context. */
public final class MigratedSchema {

    private MigratedSchema() {
    }

    /** @param serviceMigrations the service's own migrations, for example {@code classpath:db/permit} */
    public static DataSource of(String schema, String serviceMigrations) {
        Infrastructure infrastructure = TestInfrastructure.shared();
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(infrastructure.jdbcUrl(schema));
        dataSource.setUser(infrastructure.databaseUser());
        dataSource.setPassword(infrastructure.databasePassword());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/axon", serviceMigrations)
                .schemas(schema).defaultSchema(schema).load().migrate();
        return dataSource;
    }
}
