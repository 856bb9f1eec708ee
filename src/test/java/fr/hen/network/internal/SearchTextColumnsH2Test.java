package fr.hen.network.internal;

import fr.hen.H2SmokeTest;

@H2SmokeTest
class SearchTextColumnsH2Test extends SearchTextColumnsCheck {}
