Feature: Pagination
  Keyset pages with signed cursors: stable while people come and go, and refusing a cursor that was tampered with.

  Background:
    Given I am using version "v1"
    And I have an empty database
    And I am a valid API user
    And I use an Accept header of "application/json"
    And there are 6 people named "person-001" to "person-006"

  Scenario: People added and removed between pages neither repeat nor vanish
    When I send a GET request to "people?limit=3"
    Then the names on the page should be "person-001, person-002, person-003"
    Given a person "person-000" with the email "early@example.com"
    And a person "person-0035" with the email "late@example.com"
    And there is no longer a person "person-002"
    And there is no longer a person "person-004"
    When I follow the next link
    Then the names on the page should be "person-0035, person-005, person-006"

  Scenario: A cursor works the same way in v2
    Given I am using version "v2"
    When I send a GET request to "people?limit=4"
    And I follow the next link
    Then the JSON at path "items.0.name" should be "person-005"
    And the JSON at path "items.1.name" should be "person-006"

  Scenario: A tampered cursor is a 400, not another page
    When I send a GET request to "people?limit=2"
    And I change one character of the cursor in the next link and follow it
    Then the response status should be "400"
    And the JSON at path "message" should be "The cursor is not valid; copy it from the next link of a page"

  Scenario: A cursor made by v1 does not page v2
    When I send a GET request to "people?limit=2"
    And I follow the next link under "v2" instead
    Then the response should be a problem of type "/docs#problem-invalid-cursor" with status 400
    And the JSON at path "detail" should be "The cursor pages another version of the API; copy it from the next link of a page of v2"
