Feature: Read a person

  Background:
    Given I am using version "v1"
    And I have an empty database
    And I am a valid API user
    And I use an Accept header of "application/json"

  Scenario: Read a person
    Given a person "fred" with the email "a@b.c"
    When I send a GET request to "people/fred"
    Then the response status should be "200"
    And the JSON should be:
      """
      {"status": "ok", "result": {"name": "fred", "email": "a@b.c", "comment": null}}
      """

  Scenario: Cannot read a person before they exist
    When I send a GET request to "people/fred"
    Then the response status should be "404"
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should be "Person does not exist"

  Scenario: HEAD answers like GET without a body
    Given a person "fred" with the email "a@b.c"
    When I send a HEAD request to "people/fred"
    Then the response status should be "200"
    And the response header "Content-Type" should be "application/json; charset=utf-8"
    And the response body should be empty

  Scenario: OPTIONS lists the methods a person allows
    When I send a OPTIONS request to "people/fred"
    Then the response status should be "204"
    And the response header "Allow" should be "GET, PUT, PATCH, DELETE, HEAD, OPTIONS"

  Scenario: A method a person does not allow
    When I send a POST request to "people/fred" with the body:
      """
      {"email": "a@b.c"}
      """
    Then the response status should be "405"
    And the response header "Allow" should be "GET, PUT, PATCH, DELETE, HEAD, OPTIONS"
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should be "This method is not allowed here"

  Scenario: Names are compared after Unicode normalization
    Given a person "José" with the email "jose@example.com"
    When I send a GET request to "people/Jose%CC%81"
    Then the response status should be "200"
    And the JSON at path "result.name" should be "José"

  Scenario Outline: A name that cannot be a name is refused
    When I send a GET request to "people/<name>"
    Then the response status should be "400"
    And the JSON at path "status" should be "error"

    Examples:
      | name       |
      | a%2Fb      |
      | %20fred    |
      | fred%20    |
      | fr%00ed    |
      | %FF        |
      | %E0%A4%A   |
