Feature: Add a person
  A client adds a person by PUTting them at their own URL.

  Background:
    Given I am using version "v1"
    And I have an empty database
    And I am a valid API user
    And I use an Accept header of "application/json"

  Scenario: Add a person
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "a@b.c"}
      """
    Then the response status should be "201"
    And the response header "Location" should be "/v1/people/fred"
    And the JSON at path "status" should be "ok"
    And the JSON at path "result.name" should be "fred"
    And the JSON at path "result.email" should be "a@b.c"
    And the JSON at path "result.comment" should be null

  Scenario: Add a person with a comment
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "a@b.c", "comment": "Plays the banjo"}
      """
    Then the response status should be "201"
    And the person "fred" should have the comment "Plays the banjo"

  Scenario: The name in the body may repeat the name in the URL
    When I send a PUT request to "people/fred" with the body:
      """
      {"name": "fred", "email": "a@b.c", "comment": null}
      """
    Then the response status should be "201"

  Scenario: The name in the body must match the name in the URL
    When I send a PUT request to "people/fred" with the body:
      """
      {"name": "george", "email": "a@b.c"}
      """
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "/name"
    And the person "george" should not exist

  Scenario: An email is required
    When I send a PUT request to "people/fred" with the body:
      """
      {"comment": "no email"}
      """
    Then the response status should be "400"
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should be "The request is not valid"
    And the JSON at path "errors.0.path" should be "/email"
    And the JSON at path "errors.0.message" should be "is required"
    And the person "fred" should not exist

  Scenario Outline: An email must be plausible
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "<email>"}
      """
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "/email"

    Examples:
      | email       |
      | fred        |
      | fred@       |
      | @example.com |
      | fred@local  |
      | a b@c.d     |

  Scenario: Unknown fields are refused, not dropped
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "a@b.c", "age": 42}
      """
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "/age"
    And the JSON at path "errors.0.message" should be "is not allowed"

  Scenario: Values of the wrong type are refused, not coerced
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "a@b.c", "comment": 42}
      """
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "/comment"

  Scenario: A comment holds at most 1000 characters
    When I send a PUT request to "people/fred" with a body of 1100 bytes
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "/comment"
