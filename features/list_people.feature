Feature: List people
  People are listed by name, a page at a time; each page links to the next.

  Background:
    Given I am using version "v1"
    And I have an empty database
    And I am a valid API user
    And I use an Accept header of "application/json"

  Scenario: An empty list
    When I send a GET request to "people"
    Then the response status should be "200"
    And the JSON should be:
      """
      {"status": "ok", "result": [], "next": null}
      """

  Scenario: People come in code point order of their names
    Given a person "émile" with the email "e@example.com"
    And a person "Zoë" with the email "z@example.com"
    And a person "anna" with the email "a@example.com"
    And a person "名前" with the email "n@example.com"
    When I send a GET request to "people"
    Then the names on the page should be "Zoë, anna, émile, 名前"
    And the JSON at path "next" should be null

  Scenario: Walking the pages
    Given there are 5 people named "person-001" to "person-005"
    When I send a GET request to "people?limit=2"
    Then the names on the page should be "person-001, person-002"
    When I follow the next link
    Then the names on the page should be "person-003, person-004"
    When I follow the next link
    Then the names on the page should be "person-005"
    And the JSON at path "next" should be null

  Scenario: A page nobody on it has changed is not sent again
    Given there are 3 people named "person-001" to "person-003"
    When I send a GET request to "people?limit=2"
    Then the response header "ETag" should exist
    When I remember the ETag
    And I use an If-None-Match header of the remembered ETag
    And I send a GET request to "people?limit=2"
    Then the response status should be "304"
    And the response body should be empty
    Given a person "person-003" with the email "third@example.com"
    When I send a GET request to "people?limit=2"
    Then the response status should be "304"
    Given a person "person-002" with the email "second@example.com"
    When I send a GET request to "people?limit=2"
    Then the response status should be "200"
    And the ETag should not be the remembered one

  Scenario: A page's ETag names its format and its version, as a person's does
    Given there are 2 people named "person-001" to "person-002"
    When I send a GET request to "people"
    And I remember the ETag
    And I use an Accept header of "application/yaml"
    And I send a GET request to "people"
    Then the ETag should not be the remembered one
    When I use an Accept header of "application/json"
    And I send a GET request to "/v2/people"
    Then the ETag should not be the remembered one

  Scenario: A page is 20 people unless asked otherwise
    Given there are 21 people named "person-001" to "person-021"
    When I send a GET request to "people"
    Then the JSON at path "result" should have 20 entries
    And the JSON at path "next" should start with "/v1/people?limit=20&cursor="

  Scenario Outline: A bad query is refused
    When I send a GET request to "people?<query>"
    Then the response status should be "400"
    And the JSON at path "status" should be "error"

    Examples:
      | query          |
      | limit=0        |
      | limit=101      |
      | limit=ten      |
      | cursor=bogus   |
      | colour=blue    |
