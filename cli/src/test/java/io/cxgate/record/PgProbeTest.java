package io.cxgate.record;

import org.junit.jupiter.api.Test;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

class PgProbeTest {
    @Test
    void starts() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (var c = pg.getPostgresDatabase().getConnection(); var rs = c.createStatement().executeQuery("select version()")) {
                rs.next();
                System.out.println("PG: " + rs.getString(1) + " port " + pg.getPort());
            }
        }
    }
}
