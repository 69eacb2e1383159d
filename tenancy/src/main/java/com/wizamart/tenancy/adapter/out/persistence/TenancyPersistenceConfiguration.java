package com.wizamart.tenancy.adapter.out.persistence;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** Replaces Spring Boot's transaction manager with the vendor-binding one (Boot backs off when one exists). */
@Configuration(proxyBeanMethods = false)
class TenancyPersistenceConfiguration {

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new VendorBindingTransactionManager(dataSource);
    }
}
