Feature: Patch a person
  PATCH takes a JSON merge patch (RFC 7396): members present change, null clears, absent stay.

  Background:
    Given I am using version "v1"
    And I have an empty database
    And I am a valid API user
    And I use an Accept header of "application/json"
    And a person "fred" with the email "a@b.c" and the comment "first"

  Scenario: Change one field
    When I send a PATCH request to "people/fred" with the body:
      """
      {"comment": "second"}
      """
    Then the response status should be "200"
    And the JSON at path "result.email" should be "a@b.c"
    And the JSON at path "result.comment" should be "second"

  Scenario: Null clears a field
    When I send a PATCH request to "people/fred" with the body:
      """
      {"comment": null}
      """
    Then the response status should be "200"
    And the person "fred" should have no comment

  Scenario: The email cannot be cleared
    When I send a PATCH request to "people/fred" with the body:
      """
      {"email": null}
      """
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "/email"
    And the person "fred" should have the email "a@b.c"

  Scenario: Cannot patch a person before they exist
    When I send a PATCH request to "people/george" with the body:
      """
      {"comment": "hello"}
      """
    Then the response status should be "404"
    And the JSON at path "message" should be "Person does not exist"

  Scenario: A patch sent as plain JSON is read as a merge patch
    Given I use a Content-Type header of "application/json"
    When I send a PATCH request to "people/fred" with the body:
      """
      {"comment": "second"}
      """
    Then the response status should be "200"
    And the person "fred" should have the comment "second"

  Scenario: A merge patch is JSON, so a patch in another format is refused
    Given I use a Content-Type header of "application/yaml"
    When I send a PATCH request to "people/fred" with the body:
      """
      comment: second
      """
    Then the response status should be "415"
    And the JSON at path "message" should be "The body must be one of: application/merge-patch+json, application/json"
    And the response header "Accept-Patch" should be "application/merge-patch+json, application/json"
    And the person "fred" should have the comment "first"

  Scenario: A patch in a type the API reads nowhere is refused the same way
    Given I use a Content-Type header of "text/plain"
    When I send a PATCH request to "people/fred" with the body:
      """
      comment=second
      """
    Then the response status should be "415"
    And the JSON at path "message" should be "The body must be one of: application/merge-patch+json, application/json"
    And the response header "Accept-Patch" should be "application/merge-patch+json, application/json"

  Scenario: OPTIONS on a person says which patches it takes
    When I send a OPTIONS request to "people/fred"
    Then the response status should be "204"
    And the response header "Allow" should be "GET, PUT, PATCH, DELETE, HEAD, OPTIONS"
    And the response header "Accept-Patch" should be "application/merge-patch+json, application/json"
    When I send a OPTIONS request to "people"
    Then the response header "Accept-Patch" should not exist
