@in-process
Feature: Rate limits
  Each key may send RATE_LIMIT requests a minute; past that it gets 429 and is told when to come back.

  Background:
    Given the API allows 3 requests a minute per key
    And I am using version "v1"
    And I use an Accept header of "application/json"
    And I am a valid API user

  Scenario: Every answer tells the client its budget
    When I send a GET request to "people"
    Then the response status should be "200"
    And the response header "RateLimit-Policy" should be "\"per-key\";q=3;w=60"
    And the response header "RateLimit" should match "^\"per-key\";r=2;t=\d+$"

  Scenario: Past the limit, 429 with Retry-After
    When I send a GET request to "people"
    And I send a GET request to "people"
    And I send a GET request to "people"
    Then the response header "RateLimit" should match "^\"per-key\";r=0;t=\d+$"
    When I send a GET request to "people"
    Then the response status should be "429"
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should start with "This key may send 3 requests a minute; retry in"
    And the response header "Retry-After" should match "^\d+$"

  Scenario: Each key has its own budget
    When I send a GET request to "people"
    And I send a GET request to "people"
    And I send a GET request to "people"
    And I send a GET request to "people"
    Then the response status should be "429"
    Given I am a valid API user
    When I send a GET request to "people"
    Then the response status should be "200"

  Scenario: 429 in v2 is a problem
    Given I am using version "v2"
    When I send a GET request to "people"
    And I send a GET request to "people"
    And I send a GET request to "people"
    And I send a GET request to "people"
    Then the response should be a problem of type "/docs#problem-rate-limited" with status 429
    And the response header "Retry-After" should match "^\d+$"

  Scenario: Health checks are never limited
    Given I send no credentials
    When I send a GET request to "/health"
    And I send a GET request to "/health"
    And I send a GET request to "/health"
    And I send a GET request to "/health"
    Then the response status should be "200"
