Feature: Generic REST clients work unchanged
  Clients bring habits of their own: a slash at the end of every URL, a
  Content-Type on every request, old names for YAML and MessagePack, methods
  no route serves. The API meets them where they are.

  Background:
    Given I am using version "v1"
    And I have an empty database
    And a person "fred" with the email "a@b.c"
    And I am a valid API user
    And I use an Accept header of "application/json"

  Scenario Outline: A slash at the end of the URL changes nothing
    When I send a GET request to "<path>"
    Then the response status should be "200"
    And the JSON at path "<field>" should be "<value>"

    Examples:
      | path             | field         | value |
      | people/fred/     | result.name   | fred  |
      | people/          | result.0.name | fred  |
      | /v2/people/fred/ | name          | fred  |
      | /v2/people/      | items.0.name  | fred  |
      | capabilities/    | status        | ok    |

  Scenario: A slash at the end of a write's URL writes the same person
    When I send a PUT request to "people/wilma/" with the body:
      """
      {"email": "wilma@example.com"}
      """
    Then the response status should be "201"
    And the response header "Location" should be "/v1/people/wilma"
    And the person "wilma" should have the email "wilma@example.com"

  Scenario: An administrator's URL with a slash at the end
    Given I am an administrator
    When I send a GET request to "/admin/switches/"
    Then the response status should be "200"

  Scenario Outline: An old name for a format is read, and answered with the proper name
    Given I use an Accept header of "<alias>"
    When I send a GET request to "people/fred"
    Then the response status should be "200"
    And the response header "Content-Type" should be "<proper>"

    Examples:
      | alias                 | proper              |
      | text/yaml             | application/yaml    |
      | application/x-yaml    | application/yaml    |
      | text/x-yaml           | application/yaml    |
      | application/x-msgpack | application/msgpack |

  Scenario Outline: A body under an old name for its format is read
    Given I use a Content-Type header of "<alias>"
    When I send a PUT request to "people/fred" with the body:
      """
      email: yaml@example.com
      """
    Then the response status should be "200"
    And the person "fred" should have the email "yaml@example.com"

    Examples:
      | alias              |
      | text/yaml          |
      | application/x-yaml |
      | text/x-yaml        |

  Scenario: A MessagePack body under its old name is read
    Given I use a Content-Type header of "application/x-msgpack"
    When I send a PUT request to "people/fred" with the MessagePack body:
      """
      {"email": "packed@example.com"}
      """
    Then the response status should be "200"
    And the person "fred" should have the email "packed@example.com"

  Scenario: An old name answers only to itself, never to a wildcard
    Given I use an Accept header of "text/*"
    When I send a GET request to "capabilities"
    Then the response status should be "406"

  Scenario Outline: Every path answers a method it does not serve with 405 and what it allows
    When I send a <method> request to "<path>"
    Then the response status should be "405"
    And the response header "Allow" should be "<allow>"

    Examples:
      | method   | path               | allow                                  |
      | POST     | /health            | GET, HEAD, OPTIONS                     |
      | TRACE    | /health            | GET, HEAD, OPTIONS                     |
      | TRACE    | /ready             | GET, HEAD, OPTIONS                     |
      | DELETE   | capabilities       | GET, HEAD, OPTIONS                     |
      | TRACE    | /v2/capabilities   | GET, HEAD, OPTIONS                     |
      | QUERY    | people/fred        | GET, PUT, PATCH, DELETE, HEAD, OPTIONS |
      | PROPFIND | people             | GET, HEAD, OPTIONS                     |
      | TRACE    | /v1/openapi.json   | GET, HEAD, OPTIONS                     |

  Scenario: A method Node parses but nobody serves is refused in v2's format too
    Given I am using version "v2"
    When I send a PROPFIND request to "people/fred"
    Then the response should be a problem of type "/docs#problem-method-not-allowed" with status 405

  Scenario Outline: A browser that opens the API itself lands on the docs
    Given I use an Accept header of "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    When I send a GET request to "<path>"
    Then the response status should be "303"
    And the response header "Location" should be "<docs>"

    Examples:
      | path | docs     |
      | /    | /docs    |
      | /v1  | /docs#v1 |
      | /v2  | /docs#v2 |
      | /v2/ | /docs#v2 |

  Scenario: A client that opens the API itself is told there is nothing there
    When I send a GET request to "/v1"
    Then the response status should be "404"
    And the JSON at path "message" should be "There is nothing at this URL"

  Scenario Outline: A number in the query is written in decimal digits
    When I send a GET request to "people?limit=<limit>"
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "/limit"

    Examples:
      | limit |
      | 1e1   |
      | 0x10  |
      | %2B5  |
      | 5.0   |

  Scenario: A form names one capability, and that is a list of one
    Given I am an administrator
    And I use a Content-Type header of "application/x-www-form-urlencoded"
    When I send a POST request to "/admin/keys" with the body:
      """
      name=reader&capabilities=people%3Aread
      """
    Then the response status should be "201"
    And the JSON at path "result.capabilities.0" should be "people:read"

  Scenario: A form turns a switch off and on again
    Given I am an administrator
    And I use a Content-Type header of "application/x-www-form-urlencoded"
    When I send a PUT request to "/admin/switches/people.delete" with the body:
      """
      enabled=false
      """
    Then the response status should be "200"
    And the JSON at path "result.enabled" should be false
    When I send a PUT request to "/admin/switches/people.delete" with the body:
      """
      enabled=true
      """
    Then the response status should be "200"
    And the JSON at path "result.enabled" should be true

  Scenario: A form field sent twice where one value belongs is refused
    Given I use a Content-Type header of "application/x-www-form-urlencoded"
    When I send a PUT request to "people/fred" with the body:
      """
      email=a%40b.c&email=d%40e.f
      """
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "/email"
