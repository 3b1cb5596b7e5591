package org.eaihub.crm.persistence;

import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

/** The repository contract on the embedded database (H2 in PostgreSQL mode), as the landscape runs it. */
@DataJpaTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:crm-repository;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/crm",
        "spring.jpa.hibernate.ddl-auto=validate", "eaihub.system=crm"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class CustomerRepositoryH2Test extends CustomerRepositoryContract {
}
