Feature: Authenticate
  Every call under /v1 carries "Authorization: Bearer <key>", and a key only does what its capabilities allow.

  Background:
    Given I am using version "v1"
    And I have an empty database
    And I use an Accept header of "application/json"
    And a person "fred" with the email "a@b.c"

  Scenario: No credentials
    Given I send no credentials
    When I send a GET request to "people/fred"
    Then the response status should be "401"
    And the response header "WWW-Authenticate" should be "Bearer realm=\"rest-api-blueprint\""
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should be "Authentication is required: send Authorization: Bearer <key>"

  Scenario: An unknown key
    Given I use the key "rab_thisKeyWasNeverIssuedByThisServer0000000000"
    When I send a GET request to "people/fred"
    Then the response status should be "401"
    And the response header "WWW-Authenticate" should be "Bearer realm=\"rest-api-blueprint\""
    And the JSON at path "message" should be "The key is not valid or has been revoked"

  Scenario Outline: A malformed Authorization header
    Given I use an Authorization header of "<header>"
    When I send a GET request to "people/fred"
    Then the response status should be "401"
    And the JSON at path "message" should be "The Authorization header must be of the form Bearer <key>"

    Examples:
      | header                 |
      | Basic ZnJlZDpzZWNyZXQ= |
      | Bearer                 |
      | Bearer two words       |
      | rab_nobearer           |

  Scenario: The scheme is case-insensitive
    Given I am a valid API user
    And I write the scheme of my Authorization header as "bEaReR"
    When I send a GET request to "people/fred"
    Then the response status should be "200"

  Scenario: A key that may read may not write
    Given I am an API user with the capabilities "people:read"
    When I send a GET request to "people/fred"
    Then the response status should be "200"
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "new@b.c"}
      """
    Then the response status should be "403"
    And the JSON at path "message" should be "This key lacks the capability people:write"
    And the person "fred" should have the email "a@b.c"

  Scenario: A key without people:delete cannot delete
    Given I am an API user with the capabilities "people:read, people:write"
    When I send a DELETE request to "people/fred"
    Then the response status should be "403"
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should be "This key lacks the capability people:delete"

  Scenario: A key that may write may not read
    Given I am an API user with the capabilities "people:write"
    When I send a GET request to "people"
    Then the response status should be "403"
    And the JSON at path "message" should be "This key lacks the capability people:read"

  Scenario: A revoked key is refused on its very next request
    Given I am a valid API user
    When I send a GET request to "people/fred"
    Then the response status should be "200"
    When an administrator revokes my key
    And I send a GET request to "people/fred"
    Then the response status should be "401"
    And the JSON at path "message" should be "The key is not valid or has been revoked"

  Scenario: Health checks need no key
    Given I send no credentials
    When I send a GET request to "/health"
    Then the response status should be "200"
    When I send a GET request to "/ready"
    Then the response status should be "200"

  Scenario: A key with only the metrics capability reads the metrics and nothing else
    Given I am an API user with the capabilities "metrics"
    When I send a GET request to "/metrics"
    Then the response status should be "200"
    And the response header "Content-Type" should be "text/plain; version=0.0.4; charset=utf-8"
    And the response body should contain "http_requests_total{"
    When I send a GET request to "people/fred"
    Then the response status should be "403"
    And the JSON at path "message" should be "This key lacks the capability people:read"

  Scenario: A key that may do everything to people may not read the metrics
    Given I am an API user with the capabilities "people:read, people:write, people:delete"
    When I send a GET request to "/metrics"
    Then the response status should be "403"
    And the JSON at path "message" should be "This key lacks the capability metrics"
