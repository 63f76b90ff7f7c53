Feature: Replace a person
  PUT to an existing person replaces the whole person.

  Background:
    Given I am using version "v1"
    And I have an empty database
    And I am a valid API user
    And I use an Accept header of "application/json"
    And a person "fred" with the email "a@b.c" and the comment "first"

  Scenario: Replace a person
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "fred@example.com", "comment": "second"}
      """
    Then the response status should be "200"
    And the response header "Location" should not exist
    And the JSON at path "result.email" should be "fred@example.com"
    And the person "fred" should have the comment "second"

  Scenario: A field left out of a replacement is cleared
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "fred@example.com"}
      """
    Then the response status should be "200"
    And the person "fred" should have no comment

  Scenario: A failed replacement changes nothing
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "not an email", "comment": "lost"}
      """
    Then the response status should be "400"
    And the person "fred" should have the email "a@b.c"
    And the person "fred" should have the comment "first"

  Scenario: What was read can be written back
    When I send a GET request to "people/fred"
    And I send a PUT request to "people/fred" with the body:
      """
      {"name": "fred", "email": "a@b.c", "comment": "first"}
      """
    Then the response status should be "200"
