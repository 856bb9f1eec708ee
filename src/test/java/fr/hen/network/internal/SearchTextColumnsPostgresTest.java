package fr.hen.network.internal;

import fr.hen.PostgresIntegrationTest;

@PostgresIntegrationTest
class SearchTextColumnsPostgresTest extends SearchTextColumnsCheck {}
