package com.wizamart.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Base of API tests: the running application, an HTTP client and fixtures. */
@IntegrationTest
@Import({Fixtures.class, AccountMails.class})
public abstract class ApiTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Fixtures fixtures;

    protected Http http;

    @BeforeEach
    void connect() {
        fixtures.on(port);
        http = fixtures.http();
    }
}
