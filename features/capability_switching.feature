Feature: Capability switching
  An administrator turns parts of the API off and on at run time, for every instance at once.

  Background:
    Given I have an empty database
    And I use an Accept header of "application/json"
    And I am using version "v1"
    And a person "fred" with the email "a@b.c"
    And I am a valid API user

  Scenario: Every switch is listed with its state
    Given I am an administrator
    When I send a GET request to "/admin/switches"
    Then the response status should be "200"
    And the JSON at path "result" should have 10 entries
    And the switch "people.delete" should be listed as on
    And the switch "v1.deprecated" should be listed as off
    And the switch "v1.retired" should be listed as off

  Scenario Outline: A switched-off capability answers 503 and names itself, until it is switched on again
    When an administrator switches "<switch>" off
    And I send a <method> request to "<path>"
    Then the response status should be "503"
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should be "The capability <switch> is switched off"
    When an administrator switches "<switch>" on
    And I send a <method> request to "<path>"
    Then the response status should be "<status when on>"

    Examples:
      | switch        | method | path        | status when on |
      | people.read   | GET    | people/fred | 200            |
      | people.read   | GET    | people      | 200            |
      | people.delete | DELETE | people/fred | 200            |
      | v1            | GET    | people/fred | 200            |
      | v1            | GET    | capabilities | 200           |

  Scenario Outline: A caller without a valid key learns nothing of what is switched off
    When an administrator switches "<switch>" off
    And I <credentials>
    And I send a GET request to "people/fred"
    Then the response status should be "401"
    And the response header "WWW-Authenticate" should exist

    Examples:
      | switch      | credentials                  |
      | people.read | send no credentials          |
      | v1          | send no credentials          |
      | people.read | use the key "not-a-real-key" |

  Scenario: A switched-off write changes nothing
    When an administrator switches "people.write" off
    And I send a PUT request to "people/fred" with the body:
      """
      {"email": "new@b.c"}
      """
    Then the response status should be "503"
    And the JSON at path "message" should be "The capability people.write is switched off"
    And the person "fred" should have the email "a@b.c"

  Scenario: Switching v1 off leaves v2 serving the same people
    When an administrator switches "v1" off
    And I am using version "v2"
    And I send a GET request to "people/fred"
    Then the response status should be "200"

  Scenario: v2 off answers in problem details
    When an administrator switches "v2" off
    And I am using version "v2"
    And I send a GET request to "people/fred"
    Then the response should be a problem of type "/docs#problem-capability-off" with status 503

  Scenario: A switched-off format is no longer offered
    When an administrator switches "format.yaml" off
    And I use an Accept header of "application/yaml, application/json;q=0.5"
    And I send a GET request to "people/fred"
    Then the response status should be "200"
    And the response header "Content-Type" should be "application/json; charset=utf-8"
    When I use an Accept header of "application/yaml"
    And I send a GET request to "people/fred"
    Then the response status should be "406"
    When an administrator switches "format.yaml" on
    And I send a GET request to "people/fred"
    Then the response header "Content-Type" should be "application/yaml"

  Scenario: A switched-off format is not read either
    When an administrator switches "format.msgpack" off
    And I send a PUT request to "people/fred" with the MessagePack body:
      """
      {"email": "packed@b.c"}
      """
    Then the response status should be "415"
    And the JSON at path "message" should be "The body must be one of: application/json, application/yaml, application/x-www-form-urlencoded"
    And the person "fred" should have the email "a@b.c"

  Scenario: A deprecated v1 says so in every response, and when it will go
    When an administrator switches "v1.deprecated" on
    And I send a GET request to "people/fred"
    Then the response status should be "200"
    And the response header "Deprecation" should match "^@\d+$"
    And the response header "Sunset" should match "^\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT$"
    And the response header "Link" should contain "</v2/people/fred>; rel=\"successor-version\""
    When I send a GET request to "people/nobody"
    Then the response status should be "404"
    And the response header "Deprecation" should exist
    When I am using version "v2"
    And I send a GET request to "people/fred"
    Then the response header "Deprecation" should not exist

  Scenario: Saying again that v1 is deprecated moves neither its date nor its Sunset
    When an administrator switches "v1.deprecated" on
    And I send a GET request to "people/fred"
    And I remember the response header "Sunset"
    And a second has passed
    And an administrator switches "v1.deprecated" on
    And I send a GET request to "people/fred"
    Then the response header "Sunset" should be the remembered value

  Scenario: A retired v1 is gone, points to v2, and answers again if retiring it was a mistake
    When an administrator switches "v1.deprecated" on
    And I send a GET request to "people/fred"
    Then the response header "Sunset" should be a date in the future
    When an administrator switches "v1.retired" on
    And I send a GET request to "people/fred"
    Then the response status should be "410"
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should be "The API version v1 is retired; v2 serves the same resources, and the Link header points to this resource in v2"
    And the response header "Link" should contain "</v2/people/fred>; rel=\"successor-version\""
    And the response header "Sunset" should be a date in the past
    When I am using version "v2"
    And I send a GET request to "people/fred"
    Then the response status should be "200"
    When an administrator switches "v1.retired" off
    And I am using version "v1"
    And I send a GET request to "people/fred"
    Then the response status should be "200"
    And the response header "Sunset" should be a date in the future

  Scenario: A retired v1 changes nothing, and a caller without a valid key gets the 401 it would get anyway
    When an administrator switches "v1.retired" on
    And I send a PUT request to "people/fred" with the body:
      """
      {"email": "new@example.com"}
      """
    Then the response status should be "410"
    And the response header "Deprecation" should exist
    When I use the key "rab_thisKeyWasNeverIssuedByThisServer0000000000"
    And I send a GET request to "people/fred"
    Then the response status should be "401"
    When I am a valid API user
    And I am using version "v2"
    And I send a GET request to "people/fred"
    Then the JSON at path "email" should be "a@b.c"

  Scenario: v1 not deprecated carries no deprecation headers
    When I send a GET request to "people/fred"
    Then the response header "Deprecation" should not exist
    And the response header "Sunset" should not exist
    When an administrator switches "v1.deprecated" on
    And an administrator switches "v1.deprecated" off
    And I send a GET request to "people/fred"
    Then the response header "Deprecation" should not exist

  Scenario: An unknown switch
    Given I am an administrator
    When I send a PUT request to "/admin/switches/people.fly" with the body:
      """
      {"enabled": false}
      """
    Then the response status should be "404"
    And the JSON at path "message" should be "There is no switch named people.fly"

  Scenario Outline: A switch takes a boolean and nothing else
    Given I am an administrator
    When I send a PUT request to "/admin/switches/people.read" with the body:
      """
      <body>
      """
    Then the response status should be "400"

    Examples:
      | body                              |
      | {}                                |
      | {"enabled": "false"}              |
      | {"enabled": 0}                    |
      | {"enabled": false, "until": 1}    |

  Scenario: Only an administrator flips switches
    When I send a PUT request to "/admin/switches/people.read" with the body:
      """
      {"enabled": false}
      """
    Then the response status should be "403"

  Scenario: A client asks what it may do
    Given I am an API user with the capabilities "people:read"
    When an administrator switches "people.delete" off
    And I send a GET request to "capabilities"
    Then the response status should be "200"
    And the JSON at path "result.capabilities.0" should be "people:read"
    And the JSON at path "result.capabilities" should have 1 entries
    And the JSON at path "/result/switches/people.delete" should be false
    And the JSON at path "/result/switches/people.read" should be true

  Scenario: Capabilities in v2
    Given I am using version "v2"
    When I send a GET request to "capabilities"
    Then the response status should be "200"
    And the JSON at path "switches.v2" should be true
