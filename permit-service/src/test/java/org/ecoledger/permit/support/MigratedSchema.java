package org.ecoledger.permit.support;

import org.ecoledger.local.Infrastructure;
import org.ecoledger.local.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

/** A schema of the shared PostgreSQL with permit-service's migrations applied, for tests below the Spring context. */
public final class MigratedSchema {

    private MigratedSchema() {
    }

    public static DataSource of(String schema) {
        Infrastructure infrastructure = TestInfrastructure.shared();
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(infrastructure.jdbcUrl(schema));
        dataSource.setUser(infrastructure.databaseUser());
        dataSource.setPassword(infrastructure.databasePassword());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/axon", "classpath:db/permit")
                .schemas(schema).defaultSchema(schema).load().migrate();
        return dataSource;
    }
}
